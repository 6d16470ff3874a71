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

// One line per namespace, oldest first: what it isolates and the kernel it arrived in [ns7].
const KERNELS: [id: NamespaceId, isolates: string, kernel: string, year: number, kernelNote?: string][] = [
  ['mnt', 'pontos de montagem', '2.4.19', 2002, 'o primeiro'],
  ['uts', 'hostname, domínio NIS', '2.6.19', 2006],
  ['ipc', 'IPC System V, filas POSIX', '2.6.19', 2006],
  ['pid', 'IDs de processo', '2.6.24', 2008],
  ['net', 'interfaces, rotas, iptables', '2.6.24', 2008, 'completo no 2.6.29'],
  ['user', 'UIDs e GIDs', '3.8', 2013],
  ['cgroup', 'árvore de cgroups', '4.6', 2016],
  ['time', 'relógios de boot e monotônico', '5.6', 2020],
]

// What the host and the container see, and the fact the cells leave out.
const VIEWS: Record<NamespaceId, [host: string, container: string, detail: string]> = {
  mnt: ['/ do host', '/ da imagem', 'a raiz do contêiner são as camadas da imagem'],
  uts: ['servidor01', 'a1b2c3d4e5f6', 'o hostname padrão é o ID curto do contêiner'],
  ipc: ['todos', 'só os seus', 'o ipcs lista só os objetos do próprio namespace'],
  pid: ['nginx: PID 4321', 'nginx: PID 1', 'é o mesmo processo, com dois números'],
  net: ['docker0, veth', 'sua eth0', 'cada um com as suas portas; a eth0 do contêiner tem o IP 172.17.0.2'],
  // Rootful Docker has no user namespace by default: root inside is UID 0 outside [docker-userns].
  user: ['UID 0; com userns-remap ou rootless, 100000', 'root', 'sem userns-remap nem rootless, não há namespace user: o root de dentro é o UID 0 do host'],
  cgroup: ['docker-<id>.scope', 'seu grupo vira /', 'o grupo do contêiner aparece como a raiz da árvore'],
  // Engine 29.5+: a private time namespace with every offset at 0; no `docker run` flag sets one [docker29-5].
  time: ['uptime: 40 dias', 'os mesmos', 'desde a Engine 29.5, um time namespace próprio com deslocamento 0; nenhuma opção do docker run muda isso'],
}

export const namespaces: NamespaceInfo[] = KERNELS.map(([id, isolates, kernel, year, kernelNote]) => {
  const [host, container, detail] = VIEWS[id]
  return { id, isolates, kernel, year, kernelNote, host, container, detail }
})

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
