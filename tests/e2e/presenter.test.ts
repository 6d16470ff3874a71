// Presenter mode of the built site: the slide's speaker notes, the next slide, a timer that runs; and
// an audience tab in the same browser that follows the presenter (slides and clicks, BroadcastChannel).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { deckNotes, renderNote } from '#scripts/export/notes'
import { firstSlideWithClicks } from '../support/deck-clicks'
import { openSite, type Site } from '../support/site'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const url = (path: string) => `${site.origin}${site.base}${path}`
// The first words a lecturer reads; the apostila's "clique N" labels are not text of Slidev's notes.
const firstWords = (note: string) => renderNote(note).replace(/<span class="click-step">[^<]*<\/span>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, 6).join(' ')

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
    const next = page.getByTestId('presenter-next')
    await next.locator(`:is(.slidev-page-${k}, .slidev-page-${k + 1})`).waitFor()
    expect(await next.textContent()).toMatch(/Próximo/)

    const timer = page.getByTestId('pacing-elapsed')
    expect(await timer.textContent()).toBe('0:00')
    await page.getByTestId('timer-toggle').click()
    await page.waitForFunction(el => !/^0:00$/.test(el?.textContent ?? ''), await timer.elementHandle(), { timeout: 10_000 })
    await page.getByRole('button', { name: 'Zerar' }).click()
  }
  expect(external).toEqual([])
  expect(errors).toEqual([])
  await context.close()
})

// On 127.0.0.1 (a trusted origin for Slidev) the audience tab SENDS its position too, echoing each
// move back; and Slidev's sync drops a message that reaches a tab while it is writing its own. Key
// presses faster than the audience follows can leave the two tabs on different steps for good (the
// audience one click behind, or the presenter pulled back by a stale echo). So, like a lecturer who
// waits for the room, every move below waits until the audience shows that very step. And a key
// press waits for the presenter's current slide to be mounted: until then Slidev counts 0 click steps
// for it, so a press right after a (re)load skipped the steps and went to the next slide.
it('moves an audience tab of the same browser along with the presenter, clicks included', async () => {
  const deck = site.decks.find(d => d.slideCount >= 3) ?? site.decks[0]
  const { context, external } = await site.newContext()
  const { page: presenter } = await site.newPage(context)
  const { page: audience, errors } = await site.newPage(context)
  const position = (href: string) => {
    const { pathname, searchParams } = new URL(href)
    return { slide: Number(pathname.split('/').pop()), clicks: Number(searchParams.get('clicks') ?? 0) }
  }
  /** Waits until the audience shows the presenter's current slide and click, and returns them. */
  const followed = async () => {
    const { slide, clicks } = position(presenter.url())
    await audience.waitForURL(u => new URL(u).pathname === `${site.base}${deck.id}/${slide}` && position(u.toString()).clicks === clicks)
    await audience.locator(`.slidev-page-${slide}`).waitFor()
    return { slide, clicks }
  }
  /** Waits until the presenter view's current slide is mounted (its click steps known, the keys bound). */
  const presenterReady = async () => {
    const { slide } = position(presenter.url())
    await presenter.getByRole('region', { name: /^Slide atual/ }).locator(`.slidev-page-${slide} .slidev-layout`).waitFor()
  }
  const press = async () => {
    await presenterReady()
    const before = presenter.url()
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForURL(u => u.toString() !== before)
    return followed()
  }
  await audience.goto(url(`${deck.id}/1`), { waitUntil: 'networkidle' })
  await presenter.goto(url(`${deck.id}/presenter/1`), { waitUntil: 'networkidle' })
  await presenter.bringToFront()
  expect(await followed()).toEqual({ slide: 1, clicks: 0 })

  // One key press per click step of the slide, then one more to reach the next slide.
  for (const target of [2, 3]) {
    while ((await press()).slide !== target) { /* the click steps of the slide before */ }
  }
  // Back again: the audience follows backwards too.
  await presenter.goto(url(`${deck.id}/presenter/1`), { waitUntil: 'networkidle' })
  expect(await followed()).toEqual({ slide: 1, clicks: 0 })

  // Clicks: a slide with click steps shows the same step in both tabs.
  const withClicks = await firstSlideWithClicks(deck.file)
  expect(withClicks, `${deck.id} tem um slide com cliques`).toBeGreaterThan(0)
  await presenter.goto(url(`${deck.id}/presenter/${withClicks}?clicks=0`), { waitUntil: 'networkidle' })
  expect(await followed()).toEqual({ slide: withClicks, clicks: 0 })
  expect(await press()).toEqual({ slide: withClicks, clicks: 1 })
  expect(external).toEqual([])
  expect(errors).toEqual([])
  await context.close()
})
