// Presenter mode of the built site: the slide's speaker notes, the next slide, a timer that runs; and
// an audience tab in the same browser that follows the presenter (slides and clicks, BroadcastChannel).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { deckNotes, renderNote } from '#scripts/export/notes'
import { openSite, type Site } from '../support/site'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const url = (path: string) => `${site.origin}${site.base}${path}`
const firstWords = (note: string) => renderNote(note).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ')

it('shows the notes, the next slide and a timer that starts, for every deck', async () => {
  const { context, external } = await site.newContext()
  const { page, errors } = await site.newPage(context)
  for (const deck of site.decks) {
    const notes = await deckNotes(deck.file)
    const k = Math.min(2, deck.slideCount - 1)
    await page.goto(url(`${deck.id}/presenter/${k}`), { waitUntil: 'networkidle' })
    const note = page.locator('.slidev-presenter .slidev-note')
    await note.waitFor()
    expect((await note.textContent())?.replace(/\s+/g, ' ')).toContain(firstWords(notes[k - 1].note))
    // "Next" is the next click of this slide when it has steps left, else the next slide.
    await page.locator(`.slidev-presenter .grid-section.next :is(.slidev-page-${k}, .slidev-page-${k + 1})`).waitFor()
    expect(await page.locator('.slidev-presenter .grid-section.next').textContent()).toMatch(/Next|Próximo/)

    const timer = page.locator('.slidev-presenter .font-mono.text-3xl').first()
    expect(await timer.textContent()).toMatch(/-\s*:\s*--/)
    await timer.locator('xpath=..').hover()
    await page.locator('.slidev-presenter .i-carbon\\:play').first().click()
    await page.waitForFunction(el => /\d+\s*:\s*\d\d/.test(el?.textContent ?? ''), await timer.elementHandle())
    await page.waitForFunction(el => !/0\s*:\s*00/.test(el?.textContent ?? ''), await timer.elementHandle(), { timeout: 10_000 })
  }
  expect(external).toEqual([])
  expect(errors).toEqual([])
  await context.close()
})

it('moves an audience tab of the same browser along with the presenter, clicks included', async () => {
  const deck = site.decks.find(d => d.slideCount >= 3) ?? site.decks[0]
  const { context, external } = await site.newContext()
  const { page: presenter } = await site.newPage(context)
  const { page: audience, errors } = await site.newPage(context)
  await audience.goto(url(`${deck.id}/1`), { waitUntil: 'networkidle' })
  await presenter.goto(url(`${deck.id}/presenter/1`), { waitUntil: 'networkidle' })

  await presenter.bringToFront()
  const audiencePath = () => new URL(audience.url()).pathname
  for (const target of [2, 3]) {
    // One key press per click step of the slide, then one more to reach the next slide.
    while (!new URL(presenter.url()).pathname.endsWith(`/presenter/${target}`)) {
      const before = presenter.url()
      await presenter.keyboard.press('ArrowRight')
      await presenter.waitForURL(u => u.toString() !== before)
    }
    await audience.waitForURL(u => new URL(u).pathname === `${site.base}${deck.id}/${target}`)
    await audience.locator(`.slidev-page-${target}`).waitFor()
    expect(audiencePath()).toBe(`${site.base}${deck.id}/${target}`)
  }
  // Back again: the audience follows backwards too.
  await presenter.goto(url(`${deck.id}/presenter/1`))
  await audience.waitForURL(u => new URL(u).pathname === `${site.base}${deck.id}/1`)

  // Clicks: a slide with click steps shows the same step in both tabs.
  const withClicks = await (async () => {
    for (let n = 1; n <= deck.slideCount; n++) {
      await presenter.goto(url(`${deck.id}/presenter/${n}?clicks=0`), { waitUntil: 'networkidle' })
      if (await presenter.locator(`.grid-section.main .slidev-page-${n} .slidev-vclick-hidden`).count()) return n
    }
    return 0
  })()
  if (withClicks) {
    await presenter.keyboard.press('ArrowRight')
    await audience.waitForURL(u => new URL(u).pathname === `${site.base}${deck.id}/${withClicks}` && new URL(u).searchParams.get('clicks') === '1')
  }
  expect(external).toEqual([])
  expect(errors).toEqual([])
  await context.close()
})
