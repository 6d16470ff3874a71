// The eight Linux namespaces NamespaceExplorer shows: what each isolates, the kernel it arrived in,
// and one concrete thing the host sees versus what the container sees. Sources, by their id in
// slides/FONTES.md: kernels and what they isolate [ns7]; user [userns7] [docker-userns] [docker-rootless];
// time [timens7] [docker29-5]; the hostname Docker gives a container [docker-run].

export type NamespaceId = 'mnt' | 'uts' | 'ipc' | 'pid' | 'net' | 'user' | 'cgroup' | 'time'

export interface NamespaceInfo {
  id: NamespaceId
  isolates: string
  /** Kernel version it became available in. */
  kernel: string
  year: number
  /** Extra kernel note ("completo por volta da 2.6.29"): in the description, not in the table. */
  kernelNote?: string
  /** What the host sees, in a few words (the table's cell). */
  host: string
  /** What the container sees, in a few words. */
  container: string
  /** A fact the cells leave out, for the description (the notes say it aloud). */
  detail?: string
}

export const namespaces: NamespaceInfo[] = [
  { id: 'mnt', isolates: 'pontos de montagem', kernel: '2.4.19', year: 2002, kernelNote: 'o primeiro',
    host: '/ do host', container: '/ da imagem', detail: 'a raiz do contêiner são as camadas da imagem' },
  { id: 'uts', isolates: 'hostname, domínio NIS', kernel: '2.6.19', year: 2006,
    host: 'servidor01', container: 'a1b2c3d4e5f6', detail: 'o hostname padrão é o ID curto do contêiner' },
  { id: 'ipc', isolates: 'IPC System V, filas POSIX', kernel: '2.6.19', year: 2006,
    host: 'todos', container: 'só os seus', detail: 'o ipcs lista só os objetos do próprio namespace' },
  { id: 'pid', isolates: 'IDs de processo', kernel: '2.6.24', year: 2008,
    host: 'nginx: PID 4321', container: 'nginx: PID 1', detail: 'é o mesmo processo, com dois números' },
  { id: 'net', isolates: 'interfaces, rotas, iptables', kernel: '2.6.24', year: 2008, kernelNote: 'completo no 2.6.29',
    host: 'docker0, veth', container: 'sua eth0', detail: 'cada um com as suas portas; a eth0 do contêiner tem o IP 172.17.0.2' },
  // Rootful Docker has no user namespace by default: root inside is UID 0 outside [docker-userns].
  { id: 'user', isolates: 'UIDs e GIDs', kernel: '3.8', year: 2013,
    host: 'UID 0; com userns-remap ou rootless, 100000', container: 'root', detail: 'sem userns-remap nem rootless, não há namespace user: o root de dentro é o UID 0 do host' },
  { id: 'cgroup', isolates: 'árvore de cgroups', kernel: '4.6', year: 2016,
    host: 'docker-<id>.scope', container: 'seu grupo vira /', detail: 'o grupo do contêiner aparece como a raiz da árvore' },
  // Engine 29.5+: a private time namespace with every offset at 0; no `docker run` flag sets one [docker29-5].
  { id: 'time', isolates: 'relógios de boot e monotônico', kernel: '5.6', year: 2020,
    host: 'uptime: 40 dias', container: 'os mesmos', detail: 'desde a Engine 29.5, um time namespace próprio com deslocamento 0; nenhuma opção do docker run muda isso' },
]

/** The explorer's two slides: the four classic namespaces, then the other four. */
export const namespaceGroups: Record<'classicos' | 'demais', NamespaceId[]> = {
  classicos: ['mnt', 'uts', 'ipc', 'pid'],
  demais: ['net', 'user', 'cgroup', 'time'],
}

export type NamespaceGroup = keyof typeof namespaceGroups

export function namespacesOf(group: NamespaceGroup): NamespaceInfo[] {
  return namespaceGroups[group].map(id => namespaces.find(ns => ns.id === id)!)
}

/** Clicks per slide: one namespace's host-versus-container comparison per click. */
export const NAMESPACE_STEPS: Record<NamespaceGroup, number> = {
  classicos: namespaceGroups.classicos.length,
  demais: namespaceGroups.demais.length,
}

export function kernelLabel(ns: NamespaceInfo): string {
  return `${ns.kernel} (${ns.year})`
}

/** What a screen reader hears: every namespace with its kernel, and the comparisons shown so far. */
export function describeNamespaces(group: NamespaceGroup, step: number): string {
  return namespacesOf(group).map((ns, i) => {
    const base = `${ns.id} isola ${ns.isolates}, desde o Linux ${kernelLabel(ns)}${ns.kernelNote ? `, ${ns.kernelNote}` : ''}.`
    return i < step ? `${base} No host: ${ns.host}; no contêiner: ${ns.container}${ns.detail ? ` (${ns.detail})` : ''}.` : base
  }).join(' ')
}
