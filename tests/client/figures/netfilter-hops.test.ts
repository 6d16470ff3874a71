import { describe, expect, it } from 'vitest'
import { CONTAINER, HOST_IP, NETFILTER_STEPS, applyDnat, conntrackReply, describeHops, dockerDnat, hops, prerouting, shownAddress } from '#client/figures/netfilter-hops'

const toHost = { src: '198.51.100.7:51234', dst: `${HOST_IP}:8080`, iface: 'eth0' }

describe('netfilter rules as Docker sets them for -p 8080:80', () => {
  it('PREROUTING jumps to DOCKER only for a local destination', () => {
    expect(prerouting(toHost)).toBe('DOCKER')
    expect(prerouting({ ...toHost, dst: '93.184.216.34:8080' })).toBe('continua')
  })

  it('the DNAT lives in chain DOCKER of table nat and rewrites 8080 to 172.17.0.2:80', () => {
    expect(dockerDnat).toMatchObject({ table: 'nat', chain: 'DOCKER', dport: 8080, to: '172.17.0.2:80' })
    expect(applyDnat(toHost)).toEqual({ matched: true, packet: { ...toHost, dst: '172.17.0.2:80' } })
  })

  it('leaves other ports and traffic from docker0 alone', () => {
    const other = { ...toHost, dst: `${HOST_IP}:8081` }
    expect(applyDnat(other)).toEqual({ matched: false, packet: other })
    const fromBridge = { ...toHost, iface: 'docker0' }
    expect(applyDnat(fromBridge)).toEqual({ matched: false, packet: fromBridge })
  })

  it('conntrack gives the reply the source the client asked for, and only for that connection', () => {
    const natted = applyDnat(toHost).packet
    const reply = { src: CONTAINER, dst: toHost.src, iface: 'docker0' }
    expect(conntrackReply(toHost, natted, reply).src).toBe(`${HOST_IP}:8080`)
    const unrelated = { src: CONTAINER, dst: '192.0.2.1:4000', iface: 'docker0' }
    expect(conntrackReply(toHost, natted, unrelated)).toEqual(unrelated)
  })
})

describe('the hops on the slide', () => {
  it('go host eth0 → PREROUTING → DOCKER (DNAT) → FORWARD → container → back, one per click', () => {
    expect(hops.map(h => h.id)).toEqual(['chega', 'prerouting', 'dnat', 'forward', 'container', 'volta'])
    expect(NETFILTER_STEPS).toBe(5)
  })

  it('change the destination exactly at the DNAT hop and the source on the way back', () => {
    expect(hops.map(h => h.packet.dst)).toEqual([
      `${HOST_IP}:8080`, `${HOST_IP}:8080`, '172.17.0.2:80', '172.17.0.2:80', '172.17.0.2:80', '198.51.100.7:51234',
    ])
    expect(hops.filter(h => h.changed).map(h => [h.id, h.changed])).toEqual([['dnat', 'dst'], ['volta', 'src']])
    expect(hops[2]).toMatchObject({ where: 'DOCKER (nat)', what: 'DNAT tcp dpt:8080 to:172.17.0.2:80', label: 'DNAT tcp dpt:8080' })
    expect(hops.map(h => h.label.split(' ').filter(w => /[\p{L}\p{N}]/u.test(w)).length).every(n => n <= 3)).toBe(true)
    expect(hops.at(-1)!.packet.src).toBe(`${HOST_IP}:8080`)
  })

  it('show the destination going in and the source coming back', () => {
    expect(shownAddress(hops[0])).toBe(`→ ${HOST_IP}:8080`)
    expect(shownAddress(hops[2])).toBe('→ 172.17.0.2:80')
    expect(shownAddress(hops[5])).toBe(`de ${HOST_IP}:8080`)
    expect(describeHops(0)).toBe(`1. eth0 do host: chega do cliente 198.51.100.7; pacote 198.51.100.7:51234 para ${HOST_IP}:8080.`)
    expect(describeHops(5)).toMatch(/6\. volta \(conntrack\)/)
  })
})
