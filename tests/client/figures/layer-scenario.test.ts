import { describe, expect, it } from 'vitest'
import { lookup } from '#client/figures/union-fs'
import { CONF, COPY_ON_WRITE_STEPS, LAYER_STACK_STEPS, PAGE, cowSteps, fileState, imageStack, layerNotes, stackAt } from '#client/figures/layer-scenario'

const byId = (stack: ReturnType<typeof stackAt>, id: string) => stack.find(l => l.id === id)!

describe('the image the slides use', () => {
  it('has three read-only layers under one writable layer, which starts empty', () => {
    expect(imageStack.map(l => l.writable)).toEqual([false, false, false, true])
    expect(imageStack[3].entries).toEqual({})
    expect(imageStack.map(l => l.origin)).toEqual(['FROM debian:12', 'RUN apt-get install -y nginx', 'COPY index.html /srv/', 'docker run'])
  })

  it('walks read, write, delete: one click each, and LayerStack has two clicks', () => {
    expect(cowSteps.map(s => s.id)).toEqual(['read', 'write', 'delete'])
    expect(COPY_ON_WRITE_STEPS).toBe(3)
    expect(LAYER_STACK_STEPS).toBe(2)
  })
})

describe('copy-on-write walk-through', () => {
  it('1. reads nginx.conf from layer 2 after checking the container layer and layer 3', () => {
    const read = cowSteps[0]
    expect(read.after).toMatchObject({ found: true, layer: 'l2', checked: ['rw', 'l3', 'l2'] })
    expect(stackAt(1)).toBe(imageStack)
    expect(layerNotes(1)).toEqual({ rw: '1º ✗ não tem', l3: '2º ✗ não tem', l2: '3º ✔ achou' })
  })

  it('2. writing copies nginx.conf up; layer 2 keeps the original', () => {
    const after = stackAt(2)
    expect(byId(after, 'rw').entries[CONF]).toEqual({ kind: 'file', content: 'worker_processes auto;\ngzip on;' })
    expect(byId(after, 'l2').entries[CONF]).toEqual({ kind: 'file', content: 'worker_processes auto;' })
    expect(lookup(after, CONF)).toMatchObject({ layer: 'rw' })
    expect(fileState(after, 1, CONF)).toBe('covered')
    expect(fileState(after, 3, CONF)).toBe('visible')
    expect(layerNotes(2)).toEqual({ rw: '↑ cópia alterada', l2: '✔ original intacto' })
    expect(cowSteps[1].result).toMatch(/Camada 2 fica intacta/)
  })

  it('3. deleting index.html leaves a whiteout: not found, yet layer 3 still has it', () => {
    const after = stackAt(3)
    expect(lookup(after, PAGE)).toMatchObject({ found: false, whiteoutIn: 'rw' })
    expect(byId(after, 'l3').entries[PAGE]).toEqual({ kind: 'file', content: '<h1>Olá!</h1>' })
    expect(fileState(after, 3, PAGE)).toBe('whiteout')
    expect(fileState(after, 2, PAGE)).toBe('covered')
    expect(layerNotes(3)).toEqual({ rw: '⊘ whiteout', l3: '✔ continua aqui' })
    // The copy-up from step 2 is still there.
    expect(lookup(after, CONF)).toMatchObject({ found: true, layer: 'rw' })
  })

  it('keeps the image untouched through all three steps', () => {
    expect(imageStack[3].entries).toEqual({})
    expect(stackAt(0)).toBe(imageStack)
    expect(layerNotes(0)).toEqual({})
    expect(stackAt(99)).toBe(stackAt(3))
  })
})
