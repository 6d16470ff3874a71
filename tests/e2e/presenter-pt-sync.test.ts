// The presenter's windows in one browser profile, over a real `npm run live` process
// (scripts/cli/live.ts as a child): opening the projector window mid-slide or at an old address,
// reloading the presenter view, or opening the phone remote (/controle) in a tab beside it must
// not move the room. Slidev's window sync (a BroadcastChannel between the windows) used to report such a
// window's position before it had applied it (click 0, or slide 1 on a page with no slide), and
// the presenter view forwarded that to the room. A student's real Socket.IO client records
// every state the server broadcasts, so even a move back and forth again fails the test.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { RoomState } from '#server/protocol'
import { listDecks } from '#scripts/site/decks'
import { launchChromium } from '#scripts/util/browser'
import { firstSlideWithClicks } from '../support/deck-clicks'
import { keyTo, positionOf } from '../support/presenter-keys'
import { freePort, spawnLive, type LiveProcess } from '../support/live-process'
import { client, connected, login, type LiveClient } from '../support/live'

const SECRET = 'segredo-das-janelas-do-apresentador'
const deck = (await listDecks())[0]
// The objectives slide: its steps come from <v-clicks>, so Slidev learns them only when it mounts.
const slide = await firstSlideWithClicks(deck.file)
const dir = mkdtempSync(join(tmpdir(), 'dd-presenter-sync-'))
let live: LiveProcess
let origin: string
let browser: Browser
let cookie: string
const contexts: BrowserContext[] = []
/** Between windows and through the server, on a machine that may be busy. */
const WAIT = { timeout: 10_000 }
const sockets: LiveClient[] = []

beforeAll(async () => {
  const port = await freePort()
  live = spawnLive(['--port', String(port)], { LIVE_PASSWORD: SECRET, LIVE_DB: join(dir, 'live.db') })
  await live.waitFor(/Estado das salas/)
  origin = `http://127.0.0.1:${port}`
  cookie = await login(origin, SECRET)
  browser = await launchChromium()
})

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect()
  await Promise.allSettled(contexts.splice(0).map(c => c.close()))
})

afterAll(async () => {
  await browser?.close()
  await live?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** A student's Socket.IO client in the room: every position the server broadcasts, in order. */
async function studentClient() {
  const socket = client(origin)
  sockets.push(socket)
  const seen: string[] = []
  const record = (state: RoomState) => seen.push(`${state.page}:${state.clicks}`)
  socket.on('room:state', record)
  await connected(socket)
  const ack = await socket.timeout(5000).emitWithAck('room:join', { room: deck.id })
  if (!ack.ok) throw new Error(ack.error)
  record(ack.state)
  return { seen, at: () => seen.at(-1) }
}

/** The presenter's browser profile (one context: its windows share Slidev's BroadcastChannel). */
async function presenterProfile() {
  const [name, value] = cookie.split('=')
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  contexts.push(context)
  await context.addCookies([{ name, value, url: origin }])
  return context
}

async function openPresenter(page: Page, no: number) {
  await page.goto(`${origin}/${deck.id}/presenter/${no}`)
  await page.getByTestId('room-connection').filter({ hasText: 'Conectado' }).waitFor()
}

/** The presenter view at `slide`, click 2 (key by key, each step seen), with the room there too. */
async function presenterAtClick2(context: BrowserContext, student: Awaited<ReturnType<typeof studentClient>>) {
  const presenter = await context.newPage()
  await openPresenter(presenter, slide)
  await keyTo(presenter, slide, 2)
  const target = `${slide}:2`
  await presenter.locator(`#slideshow .slidev-page-${slide}`).waitFor()
  await expect.poll(student.at, WAIT).toBe(target)
  return { presenter, target }
}

/** Clicks "Abrir o projetor" and waits until the projector shows the slide and the windows had time to talk. */
async function openProjector(context: BrowserContext, presenter: Page) {
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('link', { name: 'Abrir o projetor' }).click(),
  ])
  await projector.locator(`#slideshow .slidev-page-${slide}`).waitFor()
  // Long enough for the windows' sync and the room's answer to come and go.
  await projector.waitForTimeout(2000)
  return projector
}

describe('the presenter\'s windows in one browser profile leave the room where it is', () => {
  it('opening the projector window mid-slide: no move, the timer keeps running, the windows still follow', async () => {
    const student = await studentClient()
    const context = await presenterProfile()
    const { presenter, target } = await presenterAtClick2(context, student)
    const toggle = presenter.getByTestId('timer-toggle')
    await toggle.click()
    await expect.poll(() => toggle.textContent(), WAIT).toMatch(/Pausar/)
    const before = student.seen.length

    const projector = await openProjector(context, presenter)
    expect(student.seen.slice(before), 'estados da sala depois de abrir o projetor').toEqual([])
    expect(positionOf(presenter)).toBe(target)
    expect(positionOf(projector)).toBe(target)
    // The fresh window's timer (stopped) did not stop the presenter's.
    expect(await toggle.textContent()).toMatch(/Pausar/)

    // A key in the presenter view moves the projector and the room; a key in the projector, the presenter.
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(presenter), WAIT).not.toBe(target)
    const moved = positionOf(presenter)
    await expect.poll(() => positionOf(projector), WAIT).toBe(moved)
    await expect.poll(student.at, WAIT).toBe(moved)
    await projector.bringToFront()
    await projector.keyboard.press('ArrowLeft')
    await expect.poll(() => positionOf(presenter), WAIT).toBe(target)
    await expect.poll(student.at, WAIT).toBe(target)
  })

  it('a projector window opened at an old address (slide 1) stays there until the presenter view moves', async () => {
    const student = await studentClient()
    const context = await presenterProfile()
    const { presenter, target } = await presenterAtClick2(context, student)
    const before = student.seen.length

    const projector = await context.newPage()
    await projector.goto(`${origin}/${deck.id}/1`)
    await projector.locator('#slideshow .slidev-page-1').waitFor()
    await projector.waitForTimeout(2000)
    expect(student.seen.slice(before), 'estados da sala depois de abrir o projetor em /1').toEqual([])
    expect(positionOf(presenter)).toBe(target)

    await presenter.bringToFront()
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(presenter), WAIT).not.toBe(target)
    await expect.poll(() => positionOf(projector), WAIT).toBe(positionOf(presenter))
  })

  it('reloading the presenter view while the projector is open', async () => {
    const student = await studentClient()
    const context = await presenterProfile()
    const { presenter, target } = await presenterAtClick2(context, student)
    const projector = await openProjector(context, presenter)
    const before = student.seen.length

    await presenter.reload()
    await presenter.getByTestId('room-connection').filter({ hasText: 'Conectado' }).waitFor()
    await presenter.locator(`#slideshow .slidev-page-${slide}`).waitFor()
    await presenter.waitForTimeout(2000)
    expect(student.seen.slice(before), 'estados da sala depois de recarregar o apresentador').toEqual([])
    expect(positionOf(presenter)).toBe(target)
    expect(positionOf(projector)).toBe(target)
  })

  it('opening the phone remote (/controle) in a tab beside the presenter view', async () => {
    const student = await studentClient()
    const context = await presenterProfile()
    const { presenter, target } = await presenterAtClick2(context, student)
    const before = student.seen.length

    const remote = await context.newPage()
    await remote.goto(`${origin}/${deck.id}/controle/`)
    await remote.getByRole('status').filter({ hasText: 'Ao vivo' }).waitFor()
    await expect.poll(() => remote.getByTestId('remote-counter').textContent(), WAIT).toMatch(new RegExp(`^Slide ${slide} de \\d+ · passo 2 de`))
    await remote.waitForTimeout(2000)
    expect(student.seen.slice(before), 'estados da sala depois de abrir o controle').toEqual([])
    expect(positionOf(presenter)).toBe(target)
  })
})
