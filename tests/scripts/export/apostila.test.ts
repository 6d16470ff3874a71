import { describe, expect, it } from 'vitest'
import { apostilaTitle, footerTemplate, headerTemplate, renderApostilaHtml, SLIDE_WIDTH_ON_PAGE, type ApostilaInput } from '#scripts/export/apostila'
import { slideAnchor } from '#scripts/export/apostila-page'

const input = (extra: Partial<ApostilaInput> = {}): ApostilaInput => ({
  courseName: 'Descomplicando o Docker',
  deck: { number: 3, title: 'Camadas', subtitle: 'Imagens & cia', topics: ['Copy-on-write', 'overlay2'] },
  notes: [
    { no: 1, title: 'Capa', note: 'Boas-vindas.' },
    { no: 2, title: 'Camadas <RO>', note: 'Abertura.\n\n[click] Primeiro passo.' },
    { no: 3, title: '', note: '' },
  ],
  snapshot: {
    head: '<link rel="stylesheet" href="http://h/aula-3/assets/index.css">',
    htmlClass: 'print',
    slides: ['<div class="print-slide-container">A</div>', '<div class="print-slide-container">B</div>', '<div class="print-slide-container">C</div>'],
  },
  box: { width: 980, height: 551.25 },
  ...extra,
})

describe('renderApostilaHtml', () => {
  it('has a cover with course, aula and contents, then each slide with its notes', () => {
    const html = renderApostilaHtml(input())
    expect(html).toContain('<html lang="pt-BR" class="print">')
    expect(html).toContain(`<title>${apostilaTitle('Descomplicando o Docker', { number: 3, title: 'Camadas' })}</title>`)
    expect(html).toContain('Aula 3: Camadas')
    expect(html).toContain('Imagens &amp; cia')
    expect(html).toContain('Sumário')
    for (const no of [1, 2, 3]) {
      expect(html).toContain(`href="#${slideAnchor(no)}"`)
      expect(html).toContain(`id="${slideAnchor(no)}"`)
    }
    expect(html.indexOf('>A</div>')).toBeLessThan(html.indexOf('Boas-vindas.'))
    expect(html.indexOf('Boas-vindas.')).toBeLessThan(html.indexOf('>B</div>'))
  })

  it('shows click markers as steps, escapes titles, and says when a slide has no notes', () => {
    const html = renderApostilaHtml(input())
    expect(html).toContain('<span class="click-step">clique 1</span> Primeiro passo.')
    expect(html).not.toContain('[click]')
    expect(html).toContain('Camadas &lt;RO&gt;')
    expect(html).toContain('Slide 3</span> Slide 3')
    expect(html).toContain('(sem notas)')
  })

  it('prints A4 portrait and scales each slide to the page width', () => {
    const html = renderApostilaHtml(input())
    expect(html).toContain('size: A4 portrait')
    expect(html).toContain(`transform: scale(${(SLIDE_WIDTH_ON_PAGE / 980).toFixed(5)})`)
    expect(html).toContain(`height: ${Math.ceil(551.25 * SLIDE_WIDTH_ON_PAGE / 980)}px`)
  })

  it('writes the page of each slide in the contents once known', () => {
    const without = renderApostilaHtml(input())
    expect(without).toMatch(/<span class="ap-toc-page"><\/span>/)
    const html = renderApostilaHtml(input({ pages: new Map([[1, 2], [2, 2], [3, 4]]) }))
    expect([...html.matchAll(/<span class="ap-toc-page">(\d*)<\/span>/g)].map(m => m[1])).toEqual(['2', '2', '4'])
  })

  it('refuses notes and slides that do not line up', () => {
    expect(() => renderApostilaHtml(input({ notes: input().notes.slice(0, 2) }))).toThrow(/2 slides nas notas, 3/)
  })
})

describe('header and footer', () => {
  it('carry course and aula, and the page number out of the total', () => {
    const header = headerTemplate('Descomplicando o Docker', { number: 3, title: 'Camadas & cia' })
    expect(header).toContain('Descomplicando o Docker')
    expect(header).toContain('Aula 3: Camadas &amp; cia')
    expect(header).toContain('font/woff2;base64,')
    const footer = footerTemplate()
    expect(footer).toContain('Página <span class="pageNumber"></span> de <span class="totalPages"></span>')
  })
})
