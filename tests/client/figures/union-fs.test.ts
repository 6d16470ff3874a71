import { describe, expect, it } from 'vitest'
import { lookup, mergedView, removeFile, whiteoutName, writeFile, type Layer, type Stack } from '#client/figures/union-fs'

const file = (content: string) => ({ kind: 'file' as const, content })

// Two image layers (l1 at the bottom) and an empty writable layer on top.
function stack(): Stack {
  return [
    { id: 'l1', name: 'Camada 1', origin: 'FROM', writable: false, entries: { '/only-l1': file('de l1'), '/both': file('versão l1') } },
    { id: 'l2', name: 'Camada 2', origin: 'RUN', writable: false, entries: { '/both': file('versão l2') } },
    { id: 'rw', name: 'Camada do contêiner', origin: 'run', writable: true, entries: {} },
  ]
}

describe('lookup, from the top down', () => {
  it('reads a file that exists only in layer 1 from layer 1, after checking every layer above', () => {
    const hit = lookup(stack(), '/only-l1')
    expect(hit).toEqual({ found: true, path: '/only-l1', layer: 'l1', content: 'de l1', checked: ['rw', 'l2', 'l1'] })
  })

  it('stops at the highest layer that has the path, so an upper version hides a lower one', () => {
    const hit = lookup(stack(), '/both')
    expect(hit.found && hit.layer).toBe('l2')
    expect(hit.found && hit.content).toBe('versão l2')
    expect(hit.checked).toEqual(['rw', 'l2'])
  })

  it('reports a missing path after checking all layers', () => {
    expect(lookup(stack(), '/nada')).toEqual({ found: false, path: '/nada', checked: ['rw', 'l2', 'l1'] })
  })
})

describe('writeFile: copy-up', () => {
  it('copies a lower file up into the writable layer and leaves layer 1 unchanged', () => {
    const before = stack()
    const l1Before = structuredClone(before[0])
    const { stack: after, copiedUpFrom } = writeFile(before, '/only-l1', 'alterado')
    expect(copiedUpFrom).toBe('l1')
    expect(after[2].entries['/only-l1']).toEqual(file('alterado'))
    expect(lookup(after, '/only-l1')).toMatchObject({ found: true, layer: 'rw', content: 'alterado' })
    expect(after[0]).toEqual(l1Before)
    // The stack passed in is not modified either: operations return a new stack.
    expect(before[2].entries).toEqual({})
    expect(lookup(before, '/only-l1')).toMatchObject({ layer: 'l1', content: 'de l1' })
  })

  it('copies up only once: a second write finds the file already in the writable layer', () => {
    const first = writeFile(stack(), '/both', 'v1')
    const second = writeFile(first.stack, '/both', 'v2')
    expect(first.copiedUpFrom).toBe('l2')
    expect(second.copiedUpFrom).toBeUndefined()
    expect(lookup(second.stack, '/both')).toMatchObject({ layer: 'rw', content: 'v2' })
  })

  it('creates a new file in the writable layer without any copy-up', () => {
    const { stack: after, copiedUpFrom } = writeFile(stack(), '/novo', 'oi')
    expect(copiedUpFrom).toBeUndefined()
    expect(Object.keys(after[2].entries)).toEqual(['/novo'])
  })

  it('refuses to write when the top layer is read-only', () => {
    const readOnly: Layer[] = stack().slice(0, 2)
    expect(() => writeFile(readOnly, '/x', 'y')).toThrow(/gravável/)
  })
})

describe('removeFile: whiteout', () => {
  it('deleting a lower file leaves a whiteout; lookup then says not found, and the lower layer still has it', () => {
    const { stack: after, whiteout } = removeFile(stack(), '/only-l1')
    expect(whiteout).toBe(true)
    expect(after[2].entries['/only-l1']).toEqual({ kind: 'whiteout' })
    expect(lookup(after, '/only-l1')).toEqual({ found: false, path: '/only-l1', whiteoutIn: 'rw', checked: ['rw'] })
    expect(after[0].entries['/only-l1']).toEqual(file('de l1'))
    expect(mergedView(after).map(f => f.path)).not.toContain('/only-l1')
  })

  it('deleting a file that lives only in the writable layer just removes it, no whiteout', () => {
    const created = writeFile(stack(), '/novo', 'oi').stack
    const { stack: after, whiteout } = removeFile(created, '/novo')
    expect(whiteout).toBe(false)
    expect(after[2].entries).toEqual({})
  })

  it('deleting a copied-up file still needs a whiteout, or the lower copy would reappear', () => {
    const copied = writeFile(stack(), '/both', 'v1').stack
    const { stack: after, whiteout } = removeFile(copied, '/both')
    expect(whiteout).toBe(true)
    expect(lookup(after, '/both').found).toBe(false)
  })

  it('writing again after a whiteout brings the path back from the writable layer', () => {
    const removed = removeFile(stack(), '/only-l1').stack
    const { stack: after, copiedUpFrom } = writeFile(removed, '/only-l1', 'de novo')
    expect(copiedUpFrom).toBeUndefined()
    expect(lookup(after, '/only-l1')).toMatchObject({ found: true, layer: 'rw', content: 'de novo' })
  })

  it('refuses to delete a path that is not there', () => {
    expect(() => removeFile(stack(), '/nada')).toThrow(/não encontrado/)
    const removed = removeFile(stack(), '/only-l1').stack
    expect(() => removeFile(removed, '/only-l1')).toThrow(/não encontrado/)
  })
})

describe('mergedView and whiteout names', () => {
  it('shows each visible path once, sorted, with the layer it comes from', () => {
    expect(mergedView(stack())).toEqual([
      { path: '/both', layer: 'l2', content: 'versão l2' },
      { path: '/only-l1', layer: 'l1', content: 'de l1' },
    ])
  })

  it('names an OCI whiteout .wh.<name> in the same directory', () => {
    expect(whiteoutName('/srv/index.html')).toBe('/srv/.wh.index.html')
    expect(whiteoutName('/a/b/c.txt')).toBe('/a/b/.wh.c.txt')
  })
})
