import { describe, expect, it } from 'vitest'
import { hasComponent, renderReader, renderSlideBody } from '#scripts/site/reader'

const slide = (content: string, extra = {}) => ({ no: 3, title: 'Camadas', content, diagrams: [], texts: ['Camadas'], ...extra })

describe('reader view', () => {
  it('drops the slide title, moves headings one level down and strips Slidev wrappers and classes', () => {
    const html = renderSlideBody(slide('# Camadas\n\n<div class="grid grid-cols-2">\n\n## Detalhe\n\n<v-clicks>\n\n- um\n\n</v-clicks>\n\n</div>\n'), 's3')
    expect(html).not.toContain('<h1')
    expect(html).toContain('<h3>Detalhe</h3>')
    expect(html).not.toMatch(/v-clicks|class="grid/)
    expect(html).toContain('<li>um</li>')
  })

  it('gives code a Copiar button and puts the build\'s SVG where the Mermaid fence was', () => {
    const html = renderSlideBody(slide('```bash\ndocker run -p 8080:80 nginx\n```\n\n```mermaid {scale: 0.8}\nflowchart LR\n  A --> B\n```\n', { diagrams: ['<svg role="img" aria-label="Diagrama: A, B"></svg>'] }), 's3')
    expect(html).toContain('<code id="s3-code-1">docker run -p 8080:80 nginx</code>')
    expect(html).toContain('data-copy="s3-code-1"')
    expect(html).toContain('<figure class="diagram"><svg role="img" aria-label="Diagrama: A, B"></svg></figure>')
    expect(html).not.toContain('flowchart')
  })

  it('shows a component slide as its picture with its text', () => {
    expect(hasComponent('<ContainerVsVm />')).toBe(true)
    // An Iconify icon (`<carbon-locked />`) only decorates the text: no picture for it.
    expect(hasComponent('Um <carbon-locked /> ícone')).toBe(false)
    const html = renderSlideBody(slide('# Camadas\n\n<LayerStack :step="2" />\n', { picture: 'slide-3.webp', texts: ['Camada 1', 'Camada 2'] }), 's3')
    expect(html).toContain('<img src="slide-3.webp" alt="Figura do slide 3: Camadas"')
    expect(html).toContain('Camada 1 · Camada 2')
    expect(html).not.toContain('LayerStack')
  })

  it('is one page: h1, one section per slide with its number as an anchor, links back to the deck', () => {
    const html = renderReader({ base: '/x/', deck: { id: 'aula-3', number: 3, title: 'Camadas', subtitle: '' }, slides: [slide('# Camadas\n\nTexto.')], minutes: 45 })
    expect(html.match(/<h1/g)).toHaveLength(1)
    expect(html).toContain('<section class="slide" id="slide-3"')
    expect(html).toContain('href="#slide-3"')
    expect(html).toContain('href="/x/aula-3/3"')
    expect(html).toContain('cerca de 45 min')
    expect(html).toContain('src="/x/study/reader.js"')
  })
})
