// The slide PDFs of the built site, read back page by page: one page per slide, vector text with every
// word the slide shows (diagram labels included), fonts embedded, nothing outside its page, and the
// last click of every slide (no step left hidden).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDecks } from '#scripts/site/decks'
import { inspectPrintView, openPrintView, type PrintedSlide } from '#scripts/export/slides-pdf'
import { deckNotes } from '#scripts/export/notes'
import { pdfFonts, pdfPageSizes, pdfPagesText, pdfPagesTextPoppler, searchable } from '../support/pdf-text'
import { distDir } from '#scripts/site/paths'
import { openSite, type Site } from '../support/site'

const decks = await listDecks()
let site: Site
const printed = new Map<string, PrintedSlide[]>()
/** Per deck: code that the print view would draw with JetBrains Mono's ligatures (`/*` → one glyph). */
const ligatured = new Map<string, string[]>()
const external: string[] = []

beforeAll(async () => {
  site = await openSite()
  for (const deck of decks) {
    const { context, external: blocked } = await site.newContext({ viewport: { width: 980, height: 552 } })
    const { page } = await openPrintView(context, `${site.origin}${site.base}${deck.id}/`, deck.slideCount)
    printed.set(deck.id, await inspectPrintView(page))
    ligatured.set(deck.id, await page.evaluate(() => [...document.querySelectorAll('.print-slide-container :is(code, pre)')]
      .filter((el) => {
        const style = getComputedStyle(el)
        return style.fontVariantLigatures !== 'none' || !/"calt" 0/.test(style.fontFeatureSettings)
      })
      .map(el => (el.textContent ?? '').trim().slice(0, 40))))
    external.push(...blocked)
    await context.close()
  }
})

afterAll(() => site?.close())

const pdfFile = (id: string) => join(distDir(), 'pdf', `${id}.pdf`)

it('prints without asking any other host for anything', () => {
  expect(external).toEqual([])
})

describe.each(decks.map(deck => [deck.id, deck] as const))('%s.pdf', (id, deck) => {
  it('has one page per slide, each the shape of a slide (16:9)', async () => {
    const sizes = await pdfPageSizes(readFileSync(pdfFile(id)))
    expect(sizes.length).toBe(deck.slideCount)
    for (const { width, height } of sizes) expect(width / height).toBeCloseTo(16 / 9, 2)
  })

  it('has vector text on every page: every text and diagram label its slide shows', async () => {
    // Two readers, as students use different ones: pdfjs (Firefox's) and poppler's pdftotext when
    // installed. Each misreads a few glyphs (pdfjs JetBrains Mono's `//` ligature, poppler Inter's
    // `0-9` hyphen): a word counts when either reads it.
    const viaPdfjs = await pdfPagesText(readFileSync(pdfFile(id)))
    const viaPoppler = pdfPagesTextPoppler(pdfFile(id)) ?? []
    const pages = viaPdfjs.map((text, i) => `${searchable(text)}|${searchable(viaPoppler[i] ?? '')}`)
    const slides = printed.get(id)!
    const notes = await deckNotes(deck.file)
    expect(slides.length).toBe(deck.slideCount)
    slides.forEach((slide, i) => {
      expect(slide.texts.length, `${id} slide ${i + 1} sem texto`).toBeGreaterThan(0)
      expect(pages[i].length, `${id} página ${i + 1} sem texto (em branco ou imagem)`).toBeGreaterThan(0)
      // Word by word: multi-column slides interleave their lines in any reader's text order.
      const missing = slide.texts.flatMap(text => text.split(/\s+/)).filter(word => !pages[i].includes(searchable(word)))
      expect(missing, `${id} slide ${i + 1}: texto fora do PDF`).toEqual([])
      if (notes[i].title) expect(pages[i], `${id} slide ${i + 1}: título`).toContain(searchable(notes[i].title))
    })
  })

  it('keeps every diagram and every text inside its page, at the last click', () => {
    printed.get(id)!.forEach((slide, i) => {
      expect(slide.diagrams.filter(d => !d.inside).map(d => d.label), `${id} slide ${i + 1}: diagrama fora da página`).toEqual([])
      expect(slide.outside, `${id} slide ${i + 1}: texto cortado pela borda`).toEqual([])
      expect(slide.hiddenClicks, `${id} slide ${i + 1}: passo de clique escondido`).toBe(0)
    })
  })

  it('draws code character by character: no coding ligatures (`/*`, `--`, `</`)', () => {
    expect(ligatured.get(id), `${id}: código com ligaduras`).toEqual([])
  })

  it('embeds every font it uses, the decks\' Inter among them', ({ skip }) => {
    const fonts = pdfFonts(pdfFile(id))
    if (!fonts) return skip('poppler (pdffonts) não instalado')
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
    expect(fonts.some(f => /Inter/.test(f.name))).toBe(true)
  })
})

it('shows click steps in the PDF: the decks use v-click and the print view shows every step', async () => {
  // Play mode at click 0 hides what the print view shows: proves the check above can fail.
  const { context } = await site.newContext()
  const { page } = await site.newPage(context)
  let hiddenSomewhere = 0
  for (const deck of decks) {
    for (let n = 1; n <= deck.slideCount && hiddenSomewhere === 0; n++) {
      await page.goto(`${site.origin}${site.base}${deck.id}/${n}?clicks=0`, { waitUntil: 'networkidle' })
      hiddenSomewhere += await page.locator(`.slidev-page-${n} .slidev-vclick-hidden`).count()
    }
    if (hiddenSomewhere) break
  }
  await context.close()
  expect(hiddenSomewhere).toBeGreaterThan(0)
})
