import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { projectRoot } from '#scripts/site/decks'
import { memoryCache } from '../../support/memory-cache'
import { MermaidSyntaxError, type RawRender } from '#scripts/mermaid/render'
import { mermaidCodeblock, placeOf, renderMermaidFence } from '#scripts/mermaid/transform'

const palettes = {
  light: { 'bg': '#ffffff', 'surface': '#eef4fb', 'surface-2': '#dbe7f5', 'border': '#9db4cf', 'text': '#0f1b2d', 'muted': '#4a5a70', 'primary': '#0b5cad', 'accent': '#b45309', 'layer-rw': '#fde7c7' },
  dark: { 'bg': '#0e1624', 'surface': '#17233a', 'surface-2': '#22324f', 'border': '#3f5578', 'text': '#e8eef7', 'muted': '#a8b6ca', 'primary': '#7ab8ff', 'accent': '#fbbf24', 'layer-rw': '#4a3412' },
}

function fakeRender(id: string, code: string): RawRender {
  const svg = (rid: string, fill: string) => `<svg id="${rid}" viewBox="0 0 100 40"><style>#${rid}{fill:${fill}}</style><text>${code.split('\n')[1]?.trim()}</text></svg>`
  return { light: svg(id, '#0f1b2d'), dark: svg(`${id}-dark`, '#e8eef7'), labels: ['Host', 'Contêiner'] }
}

const diagram = 'graph LR\n  A[Host] --> B[Contêiner]\n'
const place = { file: 'slides/aula-1.md', line: 21, slideNo: 2 }

describe('renderMermaidFence', () => {
  it('renders the diagram to an inline SVG block', async () => {
    const render = vi.fn(async (code: string) => ({ id: 'd1', result: fakeRender('d1', code) }))
    const out = await renderMermaidFence('', diagram, place, render, palettes)
    expect(render).toHaveBeenCalledWith('graph LR\n  A[Host] --> B[Contêiner]')
    expect(out).toMatch(/^<div class="dd-mermaid" v-html="[^\n]*"><\/div>$/)
    expect(out).toContain('role=\\&quot;img\\&quot; aria-label=\\&quot;Diagrama: Host, Contêiner\\&quot;')
    expect(out).toContain('var(--dd-text)')
  })

  it('names the deck file, line and slide of an invalid diagram', async () => {
    const render = async () => {
      throw new MermaidSyntaxError('Parse error on line 2:\n...A[Host] --> B[Cont\nExpecting \'SEMI\'')
    }
    // Fence on file line 21; Mermaid's line 2 is two lines below it.
    await expect(renderMermaidFence('', diagram, place, render, palettes)).rejects.toThrow(/^slides\/aula-1\.md:23 \(slide 2\): diagrama Mermaid inválido\nParse error on line 2/)
  })

  it('points at the fence when Mermaid gives no line, and rejects bad options there too', async () => {
    const render = async () => {
      throw new MermaidSyntaxError('No diagram type detected matching given configuration for text: oops')
    }
    await expect(renderMermaidFence('', 'oops\n', place, render, palettes))
      .rejects.toThrow(/^slides\/aula-1\.md:21 \(slide 2\): diagrama Mermaid inválido/)
    const ok = vi.fn()
    await expect(renderMermaidFence('{theme: dark}', diagram, place, ok, palettes))
      .rejects.toThrow(/^slides\/aula-1\.md:21 \(slide 2\): opção do bloco mermaid não suportada/)
    await expect(renderMermaidFence('', '\n', place, ok, palettes)).rejects.toThrow(/:21 .*vazio/)
    expect(ok).not.toHaveBeenCalled()
  })

  it('lets other failures (no browser, crash) through unchanged', async () => {
    const render = async () => {
      throw new Error('Nenhum navegador Chromium encontrado')
    }
    await expect(renderMermaidFence('', diagram, place, render, palettes)).rejects.toThrow(/^Nenhum navegador/)
  })
})

// Slide 2 of a deck: the `---` separator at 0-based line 16, its raw text starts on file line 18.
const raw = '\n# Conteúdo\n\n```mermaid\ngraph LR\n  A[Host] --> B[Contêiner]\n```\n\n```mermaid\npie\n```\n'
const slide = { index: 1, source: { filepath: join(projectRoot, 'slides/aula-1.md'), start: 17, raw } }

describe('placeOf', () => {
  it('finds the fence holding the code: the deck file relative to the project, its line, the slide', () => {
    expect(placeOf(slide, diagram)).toEqual({ file: 'slides/aula-1.md', line: 21, slideNo: 2 })
    expect(placeOf(slide, 'pie\n').line).toBe(26)
  })
})

describe('mermaidCodeblock', () => {
  it('renders through the cache: the same diagram again is not rendered', async () => {
    const render = vi.fn(async (id: string, code: string) => fakeRender(id, code))
    const transform = mermaidCodeblock({ cache: memoryCache(), palettes, render })
    const a = await transform({ info: 'mermaid', code: diagram, slide })
    const b = await transform({ info: 'mermaid {scale: 0.8}', code: diagram, slide })
    expect(render).toHaveBeenCalledTimes(1)
    expect(a).toContain('dd-mermaid')
    expect(b).not.toBe(a)
  })

  it('leaves other fences to Slidev without starting anything', async () => {
    const render = vi.fn()
    const transform = mermaidCodeblock({ cache: memoryCache(), palettes, render })
    expect(await transform({ info: 'bash', code: 'ls\n', slide })).toBeUndefined()
    expect(await transform({ info: 'mermaidjs', code: 'ls\n', slide })).toBeUndefined()
    expect(render).not.toHaveBeenCalled()
  })

  it('reports the deck file relative to the project and the real line', async () => {
    const render = async () => {
      throw new MermaidSyntaxError('Parse error on line 1: x')
    }
    const transform = mermaidCodeblock({ cache: memoryCache(), palettes, render })
    // The second fence is on file line 26, Mermaid's line 1 is 27.
    await expect(transform({ info: 'mermaid', code: 'pie\n', slide })).rejects.toThrow(/^slides\/aula-1\.md:27 \(slide 2\)/)
  })
})
