// A tiny model of a union mount (AUFS/overlay2): read-only image layers under one writable layer.
// Lookup goes from the top down; the first write to a lower file copies it up; deleting a lower
// file leaves a whiteout in the writable layer. Lower layers are never modified: every operation
// returns a new stack. Sources (ids in slides/FONTES.md): [overlayfs] [oci-layer] [docker-drivers].

export type Entry = { kind: 'file', content: string } | { kind: 'whiteout' }

export interface Layer {
  id: string
  /** "Camada 2", "Camada do contêiner". */
  name: string
  /** The Dockerfile instruction (or `docker run`) that made it. */
  origin: string
  writable: boolean
  entries: Record<string, Entry>
}

/** Bottom to top: index 0 is the base image layer, the last one the container's writable layer. */
export type Stack = readonly Layer[]

export type Lookup =
  | { found: true, path: string, layer: string, content: string, checked: string[] }
  | { found: false, path: string, whiteoutIn?: string, checked: string[] }

export function lookup(stack: Stack, path: string): Lookup {
  const checked: string[] = []
  for (let i = stack.length - 1; i >= 0; i--) {
    const layer = stack[i]
    checked.push(layer.id)
    const entry = layer.entries[path]
    if (entry?.kind === 'whiteout') return { found: false, path, whiteoutIn: layer.id, checked }
    if (entry?.kind === 'file') return { found: true, path, layer: layer.id, content: entry.content, checked }
  }
  return { found: false, path, checked }
}

function top(stack: Stack): Layer {
  const layer = stack[stack.length - 1]
  if (!layer?.writable) throw new Error('a camada de cima precisa ser gravável')
  return layer
}

function withTopEntries(stack: Stack, entries: Record<string, Entry>): Layer[] {
  return [...stack.slice(0, -1), { ...top(stack), entries }]
}

export interface WriteResult { stack: Layer[], copiedUpFrom?: string }

/** Writes `content` to `path`; a file that lives in a lower layer is copied up first. */
export function writeFile(stack: Stack, path: string, content: string): WriteResult {
  const writable = top(stack)
  const before = lookup(stack, path)
  const copiedUpFrom = before.found && before.layer !== writable.id ? before.layer : undefined
  return { stack: withTopEntries(stack, { ...writable.entries, [path]: { kind: 'file', content } }), copiedUpFrom }
}

export interface RemoveResult { stack: Layer[], whiteout: boolean }

/** Deletes `path`: gone from the writable layer, hidden by a whiteout when a lower layer has it. */
export function removeFile(stack: Stack, path: string): RemoveResult {
  const writable = top(stack)
  if (!lookup(stack, path).found) throw new Error(`${path}: arquivo não encontrado`)
  const { [path]: _removed, ...entries } = writable.entries
  const whiteout = lookup(stack.slice(0, -1), path).found
  if (whiteout) entries[path] = { kind: 'whiteout' }
  return { stack: withTopEntries(stack, entries), whiteout }
}

/** What the container sees: every visible path with the layer it comes from, sorted by path. */
export function mergedView(stack: Stack): Array<{ path: string, layer: string, content: string }> {
  const paths = new Set(stack.flatMap(layer => Object.keys(layer.entries)))
  return [...paths].sort().flatMap((path) => {
    const hit = lookup(stack, path)
    return hit.found ? [{ path, layer: hit.layer, content: hit.content }] : []
  })
}

/** The name a whiteout has in an OCI image layer (overlay2 uses a 0/0 character device instead). */
export function whiteoutName(path: string): string {
  const slash = path.lastIndexOf('/')
  return `${path.slice(0, slash + 1)}.wh.${path.slice(slash + 1)}`
}
