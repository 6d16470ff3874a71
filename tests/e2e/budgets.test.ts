// Size budgets on the built site (issue 6). Bytes, not times: each fetched .js file is gzipped
// from dist with zlib, so the figures are the same on every run and every machine.
//   - no Mermaid / ELK / cytoscape code, fetched or even shipped;
//   - JS gzip fetched to show slide 1 of any deck ≤ 175 KiB;
//   - JS gzip after visiting every slide ≤ 1.3 × the slide-1 figure;
//   - that slide-1 JS as the server sends it to a browser accepting brotli: every file br-encoded
//     (the build's .br copies) but the tiny ones, ≤ 160 KiB in all (≈ 0.9 × the gzip budget);
// and the diagrams those budgets depend on are really there, as inline SVG with text.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kib, MERMAID_CHUNK, measureDeckJs, type DeckJs } from '#scripts/bench/deck-js'
import { listDecks, loadDeck } from '#scripts/site/decks'
import { findMermaidFences } from '#scripts/mermaid/fences'
import { MIN_BYTES } from '#scripts/site/compress'
import { distDir } from '#scripts/site/paths'
import { rawGet } from '../support/http'
import { openSite, type Site } from '../support/site'

const deckIds = (await listDecks()).map(d => d.id)
const FIRST_SLIDE_BUDGET = 175 * 1024
const ALL_SLIDES_FACTOR = 1.3
const SERVED_BROTLI_BUDGET = 160 * 1024

let site: Site
const measured = new Map<string, DeckJs>()

beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  for (const [id, js] of measured)
    console.log(`${id}: slide 1 ${kib(js.firstSlide.gzip)} (${js.firstSlide.files.length} arquivos), todos os slides ${kib(js.allSlides.gzip)}`)
  await site?.close()
})

async function measure(deckId: string): Promise<DeckJs> {
  let js = measured.get(deckId)
  if (!js) {
    const deck = site.decks.find(d => d.id === deckId)!
    const { context, external } = await site.newContext()
    js = await measureDeckJs({ context, origin: site.origin, siteBase: site.base, root: distDir(), deckId, slideCount: deck.slideCount })
    await context.close()
    expect(external, 'pedidos a outros hosts').toEqual([])
    measured.set(deckId, js)
  }
  return js
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

describe('budgets', () => {
  it('ships no Mermaid, ELK or cytoscape chunk in any deck', () => {
    const shipped = walk(distDir()).filter(f => MERMAID_CHUNK.test(f))
    expect(shipped).toEqual([])
  })

  describe.each(deckIds)('%s', (deckId) => {
    it('fetches no Mermaid code on any slide, and the walk reaches every slide without errors', async () => {
      const js = await measure(deckId)
      expect(js.mermaid).toEqual([])
      expect(js.errors).toEqual([])
    })

    it(`fetches at most ${FIRST_SLIDE_BUDGET / 1024} KiB of JS (gzip) to show slide 1`, async () => {
      const js = await measure(deckId)
      expect(js.firstSlide.gzip, js.firstSlide.files.join('\n')).toBeLessThanOrEqual(FIRST_SLIDE_BUDGET)
    })

    it(`is sent that JS brotli-compressed, at most ${SERVED_BROTLI_BUDGET / 1024} KiB as served`, async () => {
      const js = await measure(deckId)
      let served = 0
      for (const file of js.firstSlide.files) {
        const res = await rawGet(`${site.origin}${site.base}${file}`, { 'accept-encoding': 'gzip, deflate, br' })
        // Files under MIN_BYTES have no compressed copy: the headers would outweigh the saving.
        const encoding = statSync(join(distDir(), file)).size < MIN_BYTES ? undefined : 'br'
        expect([res.status, res.headers['content-encoding']], file).toEqual([200, encoding])
        served += res.body.length
      }
      console.log(`${deckId}: slide 1, JS servido com brotli ${kib(served)} (gzip ${kib(js.firstSlide.gzip)})`)
      expect(served).toBeLessThan(js.firstSlide.gzip)
      expect(served).toBeLessThanOrEqual(SERVED_BROTLI_BUDGET)
    })

    it(`fetches at most ${ALL_SLIDES_FACTOR} × that after visiting every slide`, async () => {
      const js = await measure(deckId)
      expect(js.allSlides.gzip).toBeLessThanOrEqual(ALL_SLIDES_FACTOR * js.firstSlide.gzip)
    })
  })
})

describe('diagrams are inline SVG with real text', () => {
  it.each(deckIds)('%s: every ```mermaid slide shows an SVG with role img, a label and <text>', async (deckId) => {
    const deck = site.decks.find(d => d.id === deckId)!
    const data = await loadDeck(deck.file)
    const diagramSlides = data.slides
      .filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
      .map((slide, i) => ({ no: i + 1, fences: findMermaidFences(slide.content).length }))
      .filter(s => s.fences > 0)
    const { context } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    for (const { no, fences } of diagramSlides) {
      await page.goto(`${site.origin}${site.base}${deckId}/${no}`)
      const svgs = page.locator(`.slidev-page-${no} .dd-mermaid svg:visible`)
      await expect.poll(() => svgs.count(), { message: `slide ${no}` }).toBe(fences)
      for (const svg of await svgs.all()) {
        expect(await svg.getAttribute('role')).toBe('img')
        expect(await svg.getAttribute('aria-label')).toMatch(/\S/)
        expect(await svg.locator('text').count()).toBeGreaterThan(0)
        const box = (await svg.boundingBox())!
        const slide = (await page.locator(`.slidev-page-${no}`).boundingBox())!
        // Fits its slide: a tall diagram is scaled down, not cut off.
        expect(box.y + box.height).toBeLessThanOrEqual(slide.y + slide.height + 1)
      }
    }
    expect(errors).toEqual([])
    await context.close()
  })
})
