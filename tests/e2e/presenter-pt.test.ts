// The Portuguese presenter view, its pacing and room panel, and the phone remote, in real Chromium
// over the live server and the e2e build: no English UI word anywhere a person reads (presenter,
// quick overview, "go to", overview page, the students' play view and badge, the remote), axe
// WCAG 2 A/AA in light and dark, the notes size remembered, pacing after a simulated clock advance,
// the QR code full-screen on the projector (key Q), and the phone (390×844, touch) moving the
// presenter view and a student through the live server.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pacingAt } from '#client/presenter/pacing'
import { ENGLISH_UI_WORDS } from '#client/presenter/slidev-strings'
import { planFromNotes } from '#client/presenter/timing'
import { startLiveServer, type LiveServer } from '#server/app'
import { deckNotes } from '#scripts/export/notes'
import { listDecks } from '#scripts/site/decks'
import { distDir } from '#scripts/site/paths'
import { launchChromium } from '#scripts/util/browser'
import { firstSlideWithClicks } from '../support/deck-clicks'
import { keyTo, positionOf } from '../support/presenter-keys'
import { textContrastsOf } from '../support/text-contrast'

const SECRET = 'segredo-do-apresentador-pt'
const deck = (await listDecks())[0]
const dbDir = mkdtempSync(join(tmpdir(), 'dd-presenter-pt-'))
let server: LiveServer
let origin: string
let browser: Browser
const contexts: BrowserContext[] = []
let presenterState: Awaited<ReturnType<BrowserContext['storageState']>>

beforeAll(async () => {
  server = await startLiveServer({ distDir: distDir(), secret: SECRET, dbFile: join(dbDir, 'live.db'), port: 0, host: '127.0.0.1', log: () => {} })
  origin = `http://127.0.0.1:${server.port}`
  browser = await launchChromium()
  // Log in once through the "Senha" form; every presenter context reuses that cookie.
  const context = await newContext()
  const page = await context.newPage()
  await page.goto(`${origin}/${deck.id}/presenter/`)
  await page.getByLabel('Senha').fill(SECRET)
  await page.getByRole('button', { name: 'Entrar' }).click()
  await page.waitForURL(url => url.pathname.startsWith(`/${deck.id}/presenter/`))
  presenterState = await context.storageState()
  await context.close()
})

// Each test's devices leave with it: a presenter view left open would rejoin and move the room.
afterEach(async () => {
  await Promise.allSettled(contexts.splice(0).map(c => c.close()))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(dbDir, { recursive: true, force: true })
})

async function newContext(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options })
  contexts.push(context)
  return context
}

/** A page of a new context logged in as the presenter; console errors are collected. */
async function presenterPage(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await newContext({ storageState: presenterState, ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  return { context, page, errors }
}

async function openPresenter(page: Page, no = 1) {
  await page.goto(`${origin}/${deck.id}/presenter/${no}`)
  await page.getByTestId('room-connection').filter({ hasText: 'Conectado' }).waitFor()
}

/**
 * Every English UI word visible on the page: text, title, aria-label, placeholder and alt of
 * visible elements, leaving out the slides' own content and the lecturer's notes.
 */
async function englishOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = []
    const skip = (el: Element) => !!el.closest('.slidev-page, .slidev-note, [aria-hidden="true"]')
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect?.()
      const style = getComputedStyle(el)
      return !!box && box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement
        if (parent && !skip(parent) && visible(parent) && node.textContent?.trim()) out.push(node.textContent.trim())
        continue
      }
      const el = node as Element
      if (skip(el) || !visible(el)) continue
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)
        if (value) out.push(value)
      }
    }
    out.push(document.title)
    return out
  })
  const words = ENGLISH_UI_WORDS.map(word => ({ word, re: new RegExp(`\\b${word}\\b`) }))
  return texts.flatMap(text => words.filter(({ re }) => re.test(text)).map(({ word }) => `${word} ← “${text}”`))
}

describe('the presenter view in Portuguese', () => {
  it('shows no English UI word: presenter, quick overview, go to, overview page', async () => {
    const { page, errors } = await presenterPage()
    await openPresenter(page, 2)
    await page.getByTestId('presenter-next').locator('.slidev-page').first().waitFor()
    expect(await englishOn(page), 'apresentador').toEqual([])
    expect(await page.locator('[data-testid=room-panel] [role=img]').getAttribute('aria-label')).toMatch(/^Código QR do endereço http/)

    await page.keyboard.press('o')
    await page.locator('.z-modal').first().waitFor()
    expect(await englishOn(page), 'visão geral rápida').toEqual([])
    await page.keyboard.press('Escape')

    await page.keyboard.press('g')
    await page.getByPlaceholder('Ir para o slide…').waitFor()
    expect(await englishOn(page), 'ir para').toEqual([])
    await page.keyboard.press('Escape')

    await page.goto(`${origin}/${deck.id}/overview`)
    await page.locator('.slidev-page').first().waitFor()
    expect(await englishOn(page), 'página de visão geral').toEqual([])
    expect(errors).toEqual([])
  })

  it('the students\' play view, its controls and its badge have no English either', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${origin}/${deck.id}/`)
    await page.getByTestId('live-status').filter({ hasText: 'Ao vivo' }).waitFor()
    // Slidev's controls appear when the pointer is near the bottom left corner.
    await page.mouse.move(40, 860)
    await page.locator('.slidev-icon-btn').first().waitFor()
    expect(await englishOn(page)).toEqual([])
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG 2 A/AA), ${colorScheme}`, async () => {
      const { page } = await presenterPage({ colorScheme })
      await openPresenter(page, 2)
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark')
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('.slidev-page').analyze()
      expect(result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  }

  it('is usable from the keyboard: arrows move, buttons are reachable, the counter is announced', async () => {
    const { page } = await presenterPage()
    await openPresenter(page, 1)
    const counter = page.getByTestId('presenter-counter')
    expect(await counter.getAttribute('aria-live')).toBe('polite')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).not.toBe(`/${deck.id}/presenter/1`)
    await page.getByRole('button', { name: 'Avançar' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => counter.textContent()).not.toMatch(/^Slide 1 de/)
    for (const name of ['Anterior', 'Avançar', 'Visão geral', 'Ir para', 'Aumentar a letra das notas', 'Diminuir a letra das notas', 'Iniciar']) {
      expect(await page.getByRole('button', { name }).count(), name).toBeGreaterThan(0)
    }
    // With the focus on a button (Slidev's own shortcuts are off then), the arrows and O still work.
    await page.getByTestId('timer-toggle').click()
    const before = await counter.textContent()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter.textContent()).not.toBe(before)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => counter.textContent()).toBe(before)
    await page.keyboard.press('o')
    await page.locator('.z-modal').first().waitFor()
    await page.keyboard.press('Escape')
  })

  it('remembers the notes size across reloads', async () => {
    const { page } = await presenterPage()
    await openPresenter(page, 2)
    const size = page.getByTestId('notes-font')
    const before = await size.textContent()
    await page.getByRole('button', { name: 'Aumentar a letra das notas' }).click()
    await page.getByRole('button', { name: 'Aumentar a letra das notas' }).click()
    const after = await size.textContent()
    expect(Number.parseInt(after!)).toBeGreaterThan(Number.parseInt(before!))
    const fontSize = () => page.locator('.dd-presenter__note-text').evaluate(el => getComputedStyle(el).fontSize)
    const bigger = await fontSize()
    await page.reload()
    await page.getByTestId('notes-font').waitFor()
    expect(await page.getByTestId('notes-font').textContent()).toBe(after)
    expect(await fontSize()).toBe(bigger)
  })

  it('paces against the plan from the notes after a simulated clock advance', async () => {
    const plan = planFromNotes((await deckNotes(deck.file)).map(n => n.note))
    const { page } = await presenterPage()
    await page.clock.install({ time: new Date('2026-12-01T10:00:00Z') })
    await openPresenter(page, 1)
    const state = page.getByTestId('pacing-state')
    expect(await state.textContent()).toContain(`Plano de ${plan.total} min`)
    // Slide 1 is planned for the first minute or so: ten minutes later the lecturer is behind.
    await page.getByTestId('timer-toggle').click()
    await page.keyboard.press('Home')
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${deck.id}/presenter/1`)
    await page.clock.fastForward('10:00')
    const expected = pacingAt(plan, 1, 10)
    expect(expected.label).toBe(`${10 - plan.slides[0].end} min atrasado`)
    await expect.poll(() => page.getByTestId('pacing-elapsed').textContent()).toBe('10:00')
    await expect.poll(() => state.textContent()).toContain(expected.label)
    expect(await state.textContent()).toContain(`plano: slide ${expected.plannedNo}`)
    // The state is said in words and marked by a shape, not only by a colour.
    expect(await state.getAttribute('data-status')).toBe('behind')
    expect(await state.locator('[aria-hidden=true]').textContent()).toBe('▼')
  })
})

describe('the notes in step with the clicks', () => {
  /** Every note text under `selector` below 4.5:1, and how the blocks of the notes are marked. */
  async function readNotes(page: Page, selector: string) {
    await page.locator(`${selector} .slidev-note-click-mark-active`).waitFor()
    const contrasts = await textContrastsOf(page, selector)
    const blocks = await page.locator(`${selector} > *`).evaluateAll(els => els.map((el) => {
      const style = getComputedStyle(el)
      return { faded: el.classList.contains('slidev-note-fade'), bar: style.borderLeftStyle !== 'none' && style.borderLeftColor !== 'rgba(0, 0, 0, 0)' ? Number.parseFloat(style.borderLeftWidth) : 0, background: style.backgroundColor, weight: style.fontWeight }
    }))
    return { contrasts, low: contrasts.filter(c => c.ratio < 4.5).map(c => `${c.ratio}:1 ${c.colour} sobre ${c.background} “${c.text.slice(0, 40)}”`), blocks }
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`every note text meets 4.5:1 and the current click is marked by a bar and a background, not only grey, ${colorScheme}`, async () => {
      const slide = await firstSlideWithClicks(deck.file)
      const { page } = await presenterPage({ colorScheme })
      await openPresenter(page, slide)
      await keyTo(page, slide, 1)
      const notes = await readNotes(page, '.dd-presenter__note-text')
      // The text before the first click, the current click's, and the later ones: all measured.
      expect(notes.contrasts.length).toBeGreaterThan(3)
      expect(notes.low, 'notas do apresentador abaixo de 4,5:1').toEqual([])
      const current = notes.blocks.filter(b => !b.faded)
      const others = notes.blocks.filter(b => b.faded)
      expect(current.length).toBeGreaterThan(0)
      expect(others.length).toBeGreaterThan(0)
      for (const block of current) {
        expect(block.bar).toBeGreaterThanOrEqual(3)
        expect(others.map(b => b.background)).not.toContain(block.background)
      }
      for (const block of others) expect(block.bar).toBe(0)

      // The phone remote shows the same notes at the room's click (375×812).
      const { page: phone } = await presenterPage({ colorScheme, viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true })
      await phone.goto(`${origin}/${deck.id}/controle/`)
      await phone.getByRole('status').filter({ hasText: 'Ao vivo' }).waitFor()
      const remote = await readNotes(phone, '.dd-remote__notes')
      expect(remote.contrasts.length).toBeGreaterThan(3)
      expect(remote.low, 'notas do controle remoto abaixo de 4,5:1').toEqual([])
      expect(remote.blocks.filter(b => !b.faded).every(b => b.bar >= 3)).toBe(true)
    })
  }
})

describe('room panel and projector', () => {
  it('shows the students\' address with its QR code, counts the students, and Q puts the QR on the projector', async () => {
    const { context, page } = await presenterPage()
    await openPresenter(page, 1)
    await expect.poll(() => page.getByTestId('room-url').textContent()).toBe(`${origin}/${deck.id}/`)
    expect(await page.getByTestId('room-remote').textContent()).toBe(`${origin}/${deck.id}/controle/`)
    const student = await (await newContext()).newPage()
    await student.goto(`${origin}/${deck.id}/`)
    await expect.poll(() => page.getByTestId('room-count').textContent(), { timeout: 10_000 }).toMatch(/^1 aluno acompanhando/)

    const projector = await context.newPage()
    await projector.goto(`${origin}/${deck.id}/1`)
    await projector.locator('#slideshow .slidev-page-1').waitFor()
    await page.bringToFront()
    await page.keyboard.press('q')
    const overlay = projector.getByTestId('projector-qr')
    await overlay.waitFor()
    expect(await overlay.textContent()).toContain(`${origin}/${deck.id}/`)
    // The QR code is drawn once its encoder has loaded.
    await overlay.locator('svg path').first().waitFor()
    expect(await page.getByTestId('room-qr-toggle').getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('q')
    await overlay.waitFor({ state: 'detached' })
    // The students never get it.
    expect(await student.getByTestId('projector-qr').count()).toBe(0)
  })
})

describe('the phone remote', () => {
  it('drives the presenter view and a student through the live server', async () => {
    const { page: laptop } = await presenterPage()
    await openPresenter(laptop, 1)
    const student = await (await newContext({ viewport: { width: 1280, height: 720 } })).newPage()
    await student.goto(`${origin}/${deck.id}/`)
    await student.getByTestId('live-status').filter({ hasText: 'Ao vivo' }).waitFor()

    const { page: phone, errors } = await presenterPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    // Record the vibrations and the wake lock the page asks for (headless Chromium has neither for real).
    await phone.addInitScript(() => {
      const w = window as unknown as { vibrations: unknown[], wakeLocks: string[] }
      w.vibrations = []
      w.wakeLocks = []
      Object.defineProperty(navigator, 'vibrate', { value: (pattern: unknown) => w.vibrations.push(pattern) > 0 })
      Object.defineProperty(navigator, 'wakeLock', { value: { request: async (type: string) => (w.wakeLocks.push(type), { release: async () => {} }) } })
    })
    await phone.goto(`${origin}/${deck.id}/controle/`)
    await phone.getByRole('status').filter({ hasText: 'Ao vivo' }).waitFor()
    const counter = phone.getByTestId('remote-counter')
    const start = await counter.textContent()
    const startNo = Number(/^Slide (\d+)/.exec(start!)![1])

    // The two buttons fill most of the phone's screen.
    const next = phone.getByTestId('remote-next')
    const prev = phone.getByTestId('remote-prev')
    const [a, b] = [await prev.boundingBox(), await next.boundingBox()]
    expect((a!.width + b!.width) * Math.max(a!.height, b!.height)).toBeGreaterThan(0.4 * 390 * 844)

    // Tap until the slide changes: every tap moves the laptop and the student to the remote's place.
    for (let i = 0; i < 12; i++) {
      const before = await counter.textContent()
      await next.tap()
      await expect.poll(() => counter.textContent()).not.toBe(before)
      const [page, clicks] = [/^Slide (\d+)/.exec((await counter.textContent())!)![1], /passo (\d+)/.exec((await counter.textContent())!)?.[1] ?? '0']
      await expect.poll(() => positionOf(laptop), { timeout: 5000 }).toBe(`${page}:${clicks}`)
      await expect.poll(() => positionOf(student), { timeout: 5000 }).toBe(`${page}:${clicks}`)
      if (Number(page) > startNo + 1) break
    }
    expect(Number(/^Slide (\d+)/.exec((await counter.textContent())!)![1])).toBeGreaterThan(startNo)
    expect(await phone.getByTestId('remote-title').textContent()).not.toBe('')
    const device = await phone.evaluate(() => {
      const w = window as unknown as { vibrations: unknown[], wakeLocks: string[] }
      return { vibrations: w.vibrations.length, wakeLocks: w.wakeLocks }
    })
    expect(device.vibrations).toBeGreaterThan(0)
    expect(device.wakeLocks).toEqual(['screen'])
    expect(await phone.locator('.slidev-note').count()).toBe(1)

    // Back from the phone; and the laptop's own key press shows on the phone.
    const before = await counter.textContent()
    await prev.tap()
    await expect.poll(() => counter.textContent()).not.toBe(before)
    await laptop.bringToFront()
    const laptopBefore = positionOf(laptop)
    await laptop.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(laptop)).not.toBe(laptopBefore)
    await expect.poll(async () => {
      const text = (await counter.textContent())!
      return `${/^Slide (\d+)/.exec(text)![1]}:${/passo (\d+)/.exec(text)?.[1] ?? '0'}`
    }, { timeout: 5000 }).toBe(positionOf(laptop))

    expect(await englishOn(phone)).toEqual([])
    expect(errors).toEqual([])
  })

  it('a laptop that reconnects or reloads leaves the room where the phone took it (the server wins)', async () => {
    const { context: laptopContext, page: laptop } = await presenterPage()
    await openPresenter(laptop, 1)
    await laptop.keyboard.press('Home')
    const roomAt = async () => {
      // A room nobody moved yet is at its start.
      const room = await server.store.getRoom(deck.id)
      return `${room?.page ?? 1}:${room?.clicks ?? 0}`
    }
    await expect.poll(roomAt).toBe('1:0')
    const { page: phone } = await presenterPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    await phone.goto(`${origin}/${deck.id}/controle/`)
    await phone.getByRole('status').filter({ hasText: 'Ao vivo' }).waitFor()
    const counter = phone.getByTestId('remote-counter')
    const phoneAt = async () => {
      const text = (await counter.textContent())!
      return `${/^Slide (\d+)/.exec(text)![1]}:${/passo (\d+)/.exec(text)?.[1] ?? '0'}`
    }
    /** Taps "Próximo" until the phone shows slide `page`, each tap confirmed by the server. */
    async function tapTo(page: number) {
      while (Number((await phoneAt()).split(':')[0]) < page) {
        const before = await phoneAt()
        await phone.getByTestId('remote-next').tap()
        await expect.poll(phoneAt).not.toBe(before)
        await expect.poll(roomAt).toBe(await phoneAt())
      }
    }

    // The laptop's Wi-Fi drops; meanwhile the phone takes the room to slide 3.
    await laptopContext.setOffline(true)
    await expect.poll(() => laptop.getByTestId('room-connection').textContent(), { timeout: 30_000 }).toMatch(/Sem conexão/)
    await tapTo(3)
    const target = await roomAt()
    await laptopContext.setOffline(false)
    await laptop.getByTestId('room-connection').filter({ hasText: 'Conectado' }).waitFor({ timeout: 30_000 })
    await expect.poll(() => positionOf(laptop)).toBe(target)
    await laptop.waitForTimeout(1000)
    expect(await roomAt()).toBe(target)
    expect(await phoneAt()).toBe(target)

    // The phone moves on; the laptop reloads an old address (slide 1): it lands where the room is.
    await tapTo(4)
    const later = await roomAt()
    await expect.poll(() => positionOf(laptop)).toBe(later)
    await laptop.goto(`${origin}/${deck.id}/presenter/1`)
    await laptop.getByTestId('room-connection').filter({ hasText: 'Conectado' }).waitFor()
    await expect.poll(() => positionOf(laptop)).toBe(later)
    await laptop.waitForTimeout(1000)
    expect(await roomAt()).toBe(later)
    expect(await phoneAt()).toBe(later)
  })
})
