import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { course } from '#course'
import { cardTopics, deckLinks, formatBytes, renderIndex, type LandingCard } from '#scripts/site/landing'
import { copyPageFonts, PAGE_FONT_WEIGHTS } from '#scripts/site/page-fonts'

const card = (n: number, extra: Partial<LandingCard> = {}): LandingCard => ({
  id: `aula-${n}`,
  number: n,
  title: `Título <${n}> & cia`,
  subtitle: 'Sub',
  topics: ['um', 'dois', 'três', 'quatro', 'cinco'],
  slideCount: 10 + n,
  cover: `covers/aula-${n}.webp`,
  pdfBytes: 150_000,
  apostilaBytes: 2_500_000,
  ...extra,
})
const full = { base: '/', pdf: true, apostila: true }

describe('renderIndex', () => {
  it('has the course title, one card per aula, and every link of each', () => {
    const html = renderIndex([card(1), card(2)], full)
    expect(html).toContain(`<h1>${course.name}</h1>`)
    expect(html.match(/<article class="card"/g)).toHaveLength(2)
    for (const href of ['/aula-1/', '/aula-1/presenter/', '/pdf/aula-1.pdf', '/pdf/aula-1-apostila.pdf', '/aula-2/'])
      expect(html).toContain(`href="${href}"`)
    expect(html).toContain('12 slides')
    expect(html).toContain('(146 KB)')
    expect(html).toContain('(2,4 MB)')
  })

  it('escapes titles and writes pt-BR, landmarks and alt text', () => {
    const html = renderIndex([card(1)], full)
    expect(html).toContain('Título &lt;1&gt; &amp; cia')
    expect(html).not.toContain('<1>')
    expect(html).toContain('<html lang="pt-BR">')
    expect(html).toMatch(/<header[\s>]/)
    expect(html).toMatch(/<main[\s>]/)
    expect(html).toMatch(/<footer[\s>]/)
    expect(html).toContain('alt="Capa da Aula 1: Título &lt;1&gt; &amp; cia"')
  })

  it('puts every URL under the base, the fonts included, and asks no other host', () => {
    const html = renderIndex([card(3)], { ...full, base: '/curso/' })
    const urls = [...html.matchAll(/(?:href|src)="([^"#][^"]*)"|url\(([^)]+)\)/g)].map(m => m[1] ?? m[2])
    expect(urls.length).toBeGreaterThan(5)
    for (const url of urls.filter(u => !u.startsWith('data:'))) expect(url.startsWith('/curso/'), url).toBe(true)
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('leaves out the PDFs (PDF=off) and the apostilas (NOTES=off) when the build does', () => {
    const noApostila = renderIndex([card(1)], { ...full, apostila: false })
    expect(noApostila).toContain('/pdf/aula-1.pdf')
    expect(noApostila).not.toContain('apostila.pdf')
    expect(noApostila).not.toContain('Apostila')
    const noPdf = renderIndex([card(1)], { ...full, pdf: false })
    expect(noPdf).not.toContain('.pdf')
  })
})

describe('helpers', () => {
  it('keeps at most four topics', () => {
    expect(cardTopics(['a', 'b', 'c', 'd', 'e'])).toEqual(['a', 'b', 'c', 'd'])
    expect(cardTopics(['a', 'b'])).toEqual(['a', 'b'])
  })

  it('formats sizes the Brazilian way', () => {
    expect(formatBytes(800)).toBe('1 KB')
    expect(formatBytes(512 * 1024)).toBe('512 KB')
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1,3 MB')
  })

  it('lists the links of a deck in card order', () => {
    expect(deckLinks({ id: 'aula-2' }, { base: '/x/', pdf: true, apostila: true }).map(l => l.href))
      .toEqual(['/x/aula-2/', '/x/aula-2/presenter/', '/x/aula-2/ler/', '/x/pdf/aula-2.pdf', '/x/pdf/aula-2-apostila.pdf', '/x/pdf/aula-2-apostila-aluno.pdf'])
  })

  it('copies the Inter files the page names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'landing-'))
    try {
      copyPageFonts(dir)
      for (const weight of PAGE_FONT_WEIGHTS) expect(existsSync(join(dir, 'fonts', `inter-latin-${weight}-normal.woff2`))).toBe(true)
      const html = renderIndex([card(1)], full)
      for (const weight of PAGE_FONT_WEIGHTS) expect(html).toContain(`/fonts/inter-latin-${weight}-normal.woff2`)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
