// Walks every slide of every built deck, in play mode and in presenter mode, as Slidev's own smoke
// test does: no console error, no request to another host, and the speaker notes on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDecks, loadDeck } from '#scripts/site/decks'
import { openSite, type Site } from '../support/site'

let site: Site
beforeAll(async () => { site = await openSite() })
afterAll(async () => { await site?.close() })

/** The first words of a note as they read on screen: no click markers, no Markdown marks. */
function noteLead(note: string, words = 8): string {
  return note
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/[#>[\]()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, words)
    .join(' ')
}

const squash = (text: string) => text.replace(/[*_`]/g, '').replace(/[#>[\]()]/g, ' ').replace(/\s+/g, ' ').trim()

describe('every slide of every deck', async () => {
  const decks = await listDecks()

  for (const deck of decks) {
    it(`${deck.id}: play mode walks all ${deck.slideCount} slides with no error and no external request`, async () => {
      const { context, external } = await site.newContext()
      const { page, errors } = await site.newPage(context)
      const deckUrl = `${site.origin}${site.base}${deck.id}/`
      await page.goto(`${deckUrl}1`, { waitUntil: 'networkidle' })
      for (let n = 1; n <= deck.slideCount; n++) {
        await page.waitForURL(`${deckUrl}${n}`)
        await expect.poll(() => page.locator('.slidev-page:visible').count()).toBeGreaterThan(0)
        const text = await page.locator('.slidev-page:visible').first().innerText()
        expect(text.trim().length, `slide ${n} vazio`).toBeGreaterThan(0)
        if (n < deck.slideCount) await page.keyboard.press('ArrowDown')
      }
      await page.waitForLoadState('networkidle')
      expect(errors, 'erros no console').toEqual([])
      expect(external, 'requisições externas').toEqual([])
      await context.close()
    })

    it(`${deck.id}: presenter mode shows each slide's notes`, async () => {
      const data = await loadDeck(deck.file)
      const notes = data.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled).map(s => s.note ?? '')
      const { context, external } = await site.newContext()
      const { page, errors } = await site.newPage(context)
      const presenterUrl = `${site.origin}${site.base}${deck.id}/presenter/`
      await page.goto(`${presenterUrl}1`, { waitUntil: 'networkidle' })
      for (let n = 1; n <= deck.slideCount; n++) {
        await page.waitForURL(`${presenterUrl}${n}`)
        const lead = squash(noteLead(notes[n - 1]))
        expect(lead.length, `slide ${n} sem notas`).toBeGreaterThan(0)
        await expect.poll(async () => squash(await page.locator('.slidev-note').first().innerText()), { timeout: 10_000 })
          .toContain(lead)
        if (n < deck.slideCount) await page.keyboard.press('ArrowDown')
      }
      expect(errors, 'erros no console').toEqual([])
      expect(external, 'requisições externas').toEqual([])
      await context.close()
    })
  }
})
