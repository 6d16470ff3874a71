import { describe, expect, it } from 'vitest'
import { lookup } from '#client/figures/union-fs'
import { CONF, COPY_ON_WRITE_STEPS, DEBIAN_PAGE, EDIT, LAYER_STACK_STEPS, PAGE, cowSteps, fileName, fileState, imageStack, layerNotes, originKeyword, stackAt } from '#client/figures/layer-scenario'

const byId = (stack: ReturnType<typeof stackAt>, id: string) => stack.find(l => l.id === id)!

describe('the image the slides use', () => {
  it('has three read-only layers under one writable layer, which starts empty', () => {
    expect(imageStack.map(l => l.writable)).toEqual([false, false, false, true])
    expect(imageStack[3].entries).toEqual({})
    expect(imageStack.map(l => l.origin)).toEqual(['FROM debian:trixie-slim', 'RUN apt-get install -y nginx', 'COPY index.html /var/www/html/', 'docker run'])
  })

  it('cards show the Dockerfile keyword and file names; the full instruction and path stay in the data', () => {
    expect(imageStack.map(originKeyword)).toEqual(['FROM', 'RUN', 'COPY', 'docker run'])
    expect([CONF, PAGE, DEBIAN_PAGE].map(fileName)).toEqual(['nginx.conf', 'index.html', 'index.nginx-debian.html'])
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

  it('2. writing our page copies index.html up from layer 3; layer 3 keeps the original', () => {
    const after = stackAt(2)
    expect(cowSteps[1].command).toBe(`echo '${EDIT}' >> ${PAGE}`)
    expect(byId(after, 'rw').entries[PAGE]).toEqual({ kind: 'file', content: `<h1>Olá!</h1>\n${EDIT}` })
    expect(byId(after, 'l3').entries[PAGE]).toEqual({ kind: 'file', content: '<h1>Olá!</h1>' })
    expect(lookup(after, PAGE)).toMatchObject({ layer: 'rw' })
    expect(fileState(after, 2, PAGE)).toBe('covered')
    expect(fileState(after, 3, PAGE)).toBe('visible')
    expect(layerNotes(2)).toEqual({ rw: '↑ cópia alterada', l3: '✔ original intacto' })
    expect(cowSteps[1].result).toMatch(/Camada 3 fica intacta/)
    expect(cowSteps.map(s => s.label)).toEqual(['leitura, sem cópia', 'copy-up', 'whiteout'])
  })

  it('3. deleting the Debian welcome page leaves a whiteout: not found, yet layer 2 still has it', () => {
    const after = stackAt(3)
    expect(lookup(after, DEBIAN_PAGE)).toMatchObject({ found: false, whiteoutIn: 'rw' })
    expect(byId(after, 'l2').entries[DEBIAN_PAGE]).toEqual({ kind: 'file', content: '<h1>Welcome to nginx!</h1>' })
    expect(fileState(after, 3, DEBIAN_PAGE)).toBe('whiteout')
    expect(fileState(after, 1, DEBIAN_PAGE)).toBe('covered')
    expect(layerNotes(3)).toEqual({ rw: '⊘ whiteout', l2: '✔ continua aqui' })
    // The copy-up from step 2 is still there, and nginx.conf was only read.
    expect(lookup(after, PAGE)).toMatchObject({ found: true, layer: 'rw' })
    expect(lookup(after, CONF)).toMatchObject({ found: true, layer: 'l2' })
  })

  it('never writes nginx.conf (appending a directive after its closing brace stops nginx)', () => {
    expect(cowSteps.filter(s => s.id !== 'read').map(s => s.path)).not.toContain(CONF)
    expect(cowSteps.map(s => s.command).join('\n')).not.toMatch(/gzip/)
  })

  it('keeps the image untouched through all three steps', () => {
    expect(imageStack[3].entries).toEqual({})
    expect(stackAt(0)).toBe(imageStack)
    expect(layerNotes(0)).toEqual({})
    expect(stackAt(99)).toBe(stackAt(3))
  })
})
