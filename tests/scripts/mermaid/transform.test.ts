import { join } from 'node:path'
import MagicString from 'magic-string'
import { describe, expect, it, vi } from 'vitest'
import { projectRoot } from '#scripts/site/decks'
import { memoryCache } from '#scripts/mermaid/cache'
import { MermaidSyntaxError, type RawRender } from '#scripts/mermaid/render'
import { firstLineOf, mermaidTransformer, replaceMermaidFences } from '#scripts/mermaid/transform'

const palettes = {
  light: { 'bg': '#ffffff', 'surface': '#eef4fb', 'surface-2': '#dbe7f5', 'border': '#9db4cf', 'text': '#0f1b2d', 'muted': '#4a5a70', 'primary': '#0b5cad', 'accent': '#b45309', 'layer-rw': '#fde7c7' },
  dark: { 'bg': '#0e1624', 'surface': '#17233a', 'surface-2': '#22324f', 'border': '#3f5578', 'text': '#e8eef7', 'muted': '#a8b6ca', 'primary': '#7ab8ff', 'accent': '#fbbf24', 'layer-rw': '#4a3412' },
}

function fakeRender(id: string, code: string): RawRender {
  const svg = (rid: string, fill: string) => `<svg id="${rid}" viewBox="0 0 100 40"><style>#${rid}{fill:${fill}}</style><text>${code.split('\n')[1]?.trim()}</text></svg>`
  return { light: svg(id, '#0f1b2d'), dark: svg(`${id}-dark`, '#e8eef7'), labels: ['Host', 'Contêiner'] }
}

const slideText = '# Conteúdo\n\n```mermaid\ngraph LR\n  A[Host] --> B[Contêiner]\n```\n\n```bash\ndocker ps\n```'
const source = { file: 'slides/aula-1.md', firstLine: 19, slideNo: 2 }

describe('replaceMermaidFences', () => {
  it('swaps each mermaid fence for an inline SVG block and leaves other code alone', async () => {
    const s = new MagicString(slideText)
    const render = vi.fn(async (code: string) => ({ id: 'd1', result: fakeRender('d1', code) }))
    expect(await replaceMermaidFences(s, source, render, palettes)).toBe(1)
    const out = s.toString()
    expect(render).toHaveBeenCalledWith('graph LR\n  A[Host] --> B[Contêiner]')
    expect(out).not.toContain('```mermaid')
    expect(out).toContain('```bash\ndocker ps\n```')
    expect(out).toMatch(/\n<div class="dd-mermaid" v-html="[^\n]*"><\/div>\n\n/)
    expect(out).toContain('role=\\&quot;img\\&quot; aria-label=\\&quot;Diagrama: Host, Contêiner\\&quot;')
    expect(out).toContain('var(--dd-text)')
  })

  it('names the deck file, line and slide of an invalid diagram', async () => {
    const s = new MagicString(slideText)
    const render = async () => {
      throw new MermaidSyntaxError('Parse error on line 2:\n...A[Host] --> B[Cont\nExpecting \'SEMI\'')
    }
    // Fence on the slide's line 2 → file line 21; Mermaid's line 2 is two lines below it.
    await expect(replaceMermaidFences(s, source, render, palettes)).rejects.toThrow(/^slides\/aula-1\.md:23 \(slide 2\): diagrama Mermaid inválido\nParse error on line 2/)
  })

  it('points at the fence when Mermaid gives no line, and rejects bad options there too', async () => {
    const render = async () => {
      throw new MermaidSyntaxError('No diagram type detected matching given configuration for text: oops')
    }
    await expect(replaceMermaidFences(new MagicString('```mermaid\noops\n```'), source, render, palettes))
      .rejects.toThrow(/^slides\/aula-1\.md:19 \(slide 2\): diagrama Mermaid inválido/)
    const ok = vi.fn()
    await expect(replaceMermaidFences(new MagicString('x\n```mermaid {theme: dark}\ngraph LR\n```'), source, ok, palettes))
      .rejects.toThrow(/^slides\/aula-1\.md:20 \(slide 2\): opção do bloco mermaid não suportada/)
    await expect(replaceMermaidFences(new MagicString('```mermaid\n\n```'), source, ok, palettes)).rejects.toThrow(/:19 .*vazio/)
    expect(ok).not.toHaveBeenCalled()
  })

  it('lets other failures (no browser, crash) through unchanged', async () => {
    const render = async () => {
      throw new Error('Nenhum navegador Chromium encontrado')
    }
    await expect(replaceMermaidFences(new MagicString(slideText), source, render, palettes)).rejects.toThrow(/^Nenhum navegador/)
  })
})

describe('firstLineOf', () => {
  it('maps the slide text to its line in the deck file', () => {
    // Slide 2 of a deck: the `---` separator at 0-based line 16, its raw text starts on line 17.
    const raw = '\n# Conteúdo\n\n```mermaid'
    expect(firstLineOf('# Conteúdo\n\n```mermaid', raw, 17, 17)).toBe(19)
    const withFrontmatter = '---\nlayout: default\n---\n\n# Parte'
    expect(firstLineOf('# Parte', withFrontmatter, 0, 3)).toBe(5)
    expect(firstLineOf('changed by a preparser', withFrontmatter, 0, 3)).toBe(4)
  })
})

describe('mermaidTransformer', () => {
  const slide = { index: 1, source: { filepath: join(projectRoot, 'slides/aula-1.md'), start: 17, contentStart: 17, raw: `\n${slideText}\n` } }

  it('renders through the cache: the same diagram again is not rendered', async () => {
    const render = vi.fn(async (id: string, code: string) => fakeRender(id, code))
    const transform = mermaidTransformer({ cache: memoryCache(), palettes, render })
    const a = new MagicString(slideText)
    const b = new MagicString(slideText)
    await transform({ s: a, slide })
    await transform({ s: b, slide })
    expect(render).toHaveBeenCalledTimes(1)
    expect(b.toString()).toBe(a.toString())
    expect(a.toString()).toContain('dd-mermaid')
  })

  it('skips slides without a diagram without starting anything', async () => {
    const render = vi.fn()
    const transform = mermaidTransformer({ cache: memoryCache(), palettes, render })
    const s = new MagicString('# Só texto\n\n```bash\nls\n```')
    await transform({ s, slide })
    expect(render).not.toHaveBeenCalled()
    expect(s.hasChanged()).toBe(false)
  })

  it('reports the deck file relative to the project and the real line', async () => {
    const render = async () => {
      throw new MermaidSyntaxError('Parse error on line 1: x')
    }
    const transform = mermaidTransformer({ cache: memoryCache(), palettes, render })
    // Raw text starts on line 18 (blank), `# Conteúdo` is 19, the fence 21, Mermaid's line 1 is 22.
    await expect(transform({ s: new MagicString(slideText), slide })).rejects.toThrow(/^slides\/aula-1\.md:22 \(slide 2\)/)
  })
})
