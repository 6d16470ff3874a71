// A packet from another machine to the host's published port, hop by hop through netfilter as
// dockerd sets it up for `docker run -p 8080:80`: PREROUTING (nat) jumps to chain DOCKER, whose DNAT
// rule rewrites the destination to the container; conntrack undoes it on the way back. Sources (ids
// in slides/FONTES.md): the rules and chains [docker-pf]; the hooks and conntrack [netfilter].
// A client on the host itself calling localhost takes another path (docker-proxy) [docker-pf].

export interface Packet { src: string, dst: string, iface: string }

export interface DnatRule {
  table: 'nat'
  chain: 'DOCKER'
  proto: 'tcp'
  dport: number
  /** Docker's rule skips packets already coming from the bridge (`! -i docker0`). */
  notFrom: string
  to: string
}

export const HOST_IP = '203.0.113.10'
export const CLIENT = '198.51.100.7:51234'
export const CONTAINER = '172.17.0.2:80'
export const PUBLISHED = 8080

export const dockerDnat: DnatRule = { table: 'nat', chain: 'DOCKER', proto: 'tcp', dport: PUBLISHED, notFrom: 'docker0', to: CONTAINER }

const port = (addr: string) => Number(addr.split(':')[1])
const ip = (addr: string) => addr.split(':')[0]

/** PREROUTING in table nat: Docker's rule sends packets for a local address to chain DOCKER. */
export function prerouting(packet: Packet, localIps = [HOST_IP]): 'DOCKER' | 'continua' {
  return localIps.includes(ip(packet.dst)) ? 'DOCKER' : 'continua'
}

/** Chain DOCKER: DNAT when protocol port and interface match; otherwise the packet goes on unchanged. */
export function applyDnat(packet: Packet, rule = dockerDnat): { packet: Packet, matched: boolean } {
  const matched = port(packet.dst) === rule.dport && packet.iface !== rule.notFrom
  return { packet: matched ? { ...packet, dst: rule.to } : packet, matched }
}

/** conntrack remembers the translation: the reply's source goes back to what the client asked for. */
export function conntrackReply(original: Packet, translated: Packet, reply: Packet): Packet {
  return reply.src === translated.dst && reply.dst === original.src ? { ...reply, src: original.dst } : reply
}

export interface Hop {
  id: string
  where: string
  /** What happens there, in a sentence (the description). */
  what: string
  /** The same in two or three words (the slide). */
  label: string
  /** The packet after this hop. */
  packet: Packet
  direction: 'ida' | 'volta'
  /** The field this hop rewrote, if any. */
  changed?: 'src' | 'dst'
}

function simulate(): Hop[] {
  const arriving: Packet = { src: CLIENT, dst: `${HOST_IP}:${PUBLISHED}`, iface: 'eth0' }
  const jump = prerouting(arriving)
  const { packet: natted, matched } = applyDnat(arriving)
  if (jump !== 'DOCKER' || !matched) throw new Error('simulação: o pacote deveria passar pelo DNAT')
  const inside = { ...natted, iface: 'eth0 do contêiner' }
  const reply = conntrackReply(arriving, natted, { src: natted.dst, dst: arriving.src, iface: 'docker0' })
  return [
    { id: 'chega', where: 'eth0 do host', what: `chega do cliente ${ip(CLIENT)}`, label: `do cliente ${ip(CLIENT)}`, packet: arriving, direction: 'ida' },
    { id: 'prerouting', where: 'PREROUTING (nat)', what: 'IP local: desvia para a cadeia DOCKER', label: `IP local → ${dockerDnat.chain}`, packet: arriving, direction: 'ida' },
    { id: 'dnat', where: `${dockerDnat.chain} (${dockerDnat.table})`, what: `DNAT ${dockerDnat.proto} dpt:${dockerDnat.dport} to:${dockerDnat.to}`, label: `DNAT ${dockerDnat.proto} dpt:${dockerDnat.dport}`, packet: natted, direction: 'ida', changed: 'dst' },
    { id: 'forward', where: 'FORWARD (filter)', what: 'vai à bridge docker0; o Docker aceita', label: 'bridge docker0: aceito', packet: natted, direction: 'ida' },
    { id: 'container', where: 'eth0 do contêiner', what: `o nginx recebe na porta ${port(CONTAINER)}`, label: 'o nginx recebe', packet: inside, direction: 'ida' },
    { id: 'volta', where: 'volta (conntrack)', what: 'a resposta volta; DNAT desfeito', label: 'DNAT desfeito', packet: reply, direction: 'volta', changed: 'src' },
  ]
}

export const hops = simulate()

/** Clicks: the packet starts at the host's eth0 and moves one hop per click. */
export const NETFILTER_STEPS = hops.length - 1

/** The address column: → destination on the way in, source on the way back (what the client sees). */
export function shownAddress(hop: Hop): string {
  return hop.direction === 'ida' ? `→ ${hop.packet.dst}` : `de ${hop.packet.src}`
}

export function describeHops(step: number): string {
  return hops.slice(0, step + 1).map((h, i) => `${i + 1}. ${h.where}: ${h.what}; pacote ${h.packet.src} para ${h.packet.dst}.`).join(' ')
}
