// The aula 3 scenario, the same from the Dockerfile slide to the demos: Debian 13 with its nginx
// package and our page copied to /var/www/html. The three operations LayerStack and CopyOnWrite walk
// through; every state is computed by union-fs.ts, so the slide shows what the model does. Sources
// (ids in slides/FONTES.md): one layer per RUN/COPY [dockerfile]; Debian 13 [debian13]; the package's
// default page and config [debian-nginx]; copy-up and whiteouts [overlayfs] [oci-layer].
import { lookup, removeFile, writeFile, type Layer, type Lookup, type Stack } from './union-fs'

const file = (content: string) => ({ kind: 'file' as const, content })

export const CONF = '/etc/nginx/nginx.conf'
/** Our page, from the Dockerfile's COPY (layer 3). */
export const PAGE = '/var/www/html/index.html'
/** The welcome page the Debian package installs (layer 2). */
export const DEBIAN_PAGE = '/var/www/html/index.nginx-debian.html'
/** What the write step appends to our page (HTML, so nginx keeps serving it). */
export const EDIT = '<p>editado</p>'

/** Three read-only image layers (one per Dockerfile instruction) and the container's writable layer. */
export const imageStack: Stack = [
  { id: 'l1', name: 'Camada 1', origin: 'FROM debian:trixie-slim', writable: false, entries: { '/etc/os-release': file('Debian GNU/Linux 13 (trixie)') } },
  { id: 'l2', name: 'Camada 2', origin: 'RUN apt-get install -y nginx', writable: false, entries: { [CONF]: file('worker_processes auto;'), [DEBIAN_PAGE]: file('<h1>Welcome to nginx!</h1>') } },
  { id: 'l3', name: 'Camada 3', origin: 'COPY index.html /var/www/html/', writable: false, entries: { [PAGE]: file('<h1>Olá!</h1>') } },
  { id: 'rw', name: 'Camada do contêiner', origin: 'docker run', writable: true, entries: {} },
]

export const layerName = (stack: Stack, id: string) => stack.find(l => l.id === id)?.name ?? id

/** What a card shows of a layer's origin: the Dockerfile keyword (FROM, RUN, COPY), or all of `docker run`. */
export const originKeyword = (layer: Layer) => layer.writable ? layer.origin : layer.origin.split(' ')[0]

/** A file's name without its folders (cards show names; the commands and the union view, full paths). */
export const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1)

export interface CowStep {
  id: 'read' | 'write' | 'delete'
  command: string
  /** The file the operation touches. */
  path: string
  /** The stack after the operation. */
  stack: Stack
  /** Lookup of `path` after the operation (for `read`, the read itself). */
  after: Lookup
  /** One sentence for the screen reader. */
  result: string
  /** The few words the slide shows beside the command. */
  label: string
}

function runScenario(): CowStep[] {
  const read = lookup(imageStack, CONF)
  if (!read.found) throw new Error('cenário: nginx.conf deveria existir')
  const page = lookup(imageStack, PAGE)
  if (!page.found) throw new Error('cenário: index.html deveria existir')
  const written = writeFile(imageStack, PAGE, `${page.content}\n${EDIT}`)
  const removed = removeFile(written.stack, DEBIAN_PAGE)
  if (!written.copiedUpFrom || !removed.whiteout) throw new Error('cenário: esperava copy-up e whiteout')
  const from = layerName(imageStack, written.copiedUpFrom)
  const kept = imageStack.findLast(l => DEBIAN_PAGE in l.entries)!.name
  return [
    { id: 'read', command: `cat ${CONF}`, path: CONF, stack: imageStack, after: read,
      result: `Lido da ${layerName(imageStack, read.layer)}: a busca vai de cima para baixo.`, label: 'leitura, sem cópia' },
    { id: 'write', command: `echo '${EDIT}' >> ${PAGE}`, path: PAGE, stack: written.stack, after: lookup(written.stack, PAGE),
      result: `Copy-up: a cópia sobe e é alterada; a ${from} fica intacta.`, label: 'copy-up' },
    { id: 'delete', command: `rm ${DEBIAN_PAGE}`, path: DEBIAN_PAGE, stack: removed.stack, after: lookup(removed.stack, DEBIAN_PAGE),
      result: `Whiteout: o arquivo some da vista; a ${kept} continua com ele.`, label: 'whiteout' },
  ]
}

export const cowSteps = runScenario()

/** Clicks: LayerStack adds the writable layer, then the union view; CopyOnWrite does one operation per click. */
export const LAYER_STACK_STEPS = 2
export const COPY_ON_WRITE_STEPS = cowSteps.length

/** The stack as it is after `step` operations. */
export function stackAt(step: number): Stack {
  return step <= 0 ? imageStack : cowSteps[Math.min(step, cowSteps.length) - 1].stack
}

export type FileState = 'visible' | 'covered' | 'whiteout'

/** How a layer's entry looks in the union: visible, covered by a higher layer, or a whiteout. */
export function fileState(stack: Stack, layerIndex: number, path: string): FileState {
  if (stack[layerIndex].entries[path]?.kind === 'whiteout') return 'whiteout'
  return stack.slice(layerIndex + 1).some(l => path in l.entries) ? 'covered' : 'visible'
}

/** The short note each layer gets at `step` (which layers the lookup checked, where the copy went). */
export function layerNotes(step: number): Record<string, string> {
  const current = cowSteps[step - 1]
  if (!current) return {}
  if (current.id === 'read') {
    return Object.fromEntries(current.after.checked.map((id, i) => {
      const hit = current.after.found && current.after.layer === id
      return [id, `${i + 1}º ${hit ? '✔ achou' : '✗ não tem'}`]
    }))
  }
  const lower = current.stack.slice(0, -1).findLast(l => current.path in l.entries)!
  return current.id === 'write'
    ? { rw: '↑ cópia alterada', [lower.id]: '✔ original intacto' }
    : { rw: '⊘ whiteout', [lower.id]: '✔ continua aqui' }
}
