// The live classroom in real Chromium (separate contexts = separate devices) over the e2e build:
// the presenter logs in with "Senha" and moves; three students follow slide and click; nothing a
// student does gets them past the lecturer; "Voltar ao vivo"; late join, reload, a Wi-Fi drop
// and a server restart land on the lecturer; no note sentence from any URL without the presenter's cookie; and
// on a static host (npm run preview) the deck makes no socket request at all.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import pLimit from 'p-limit'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { positionFromRoute, type Position } from '#client/live/position'
import { startLiveServer, type LiveServer } from '#server/app'
import { pdfPagesText } from '../support/pdf-text'
import { listDecks, type Deck } from '#scripts/site/decks'
import { distDir } from '#scripts/site/paths'
import { launchChromium } from '#scripts/util/browser'
import { noteSnippets } from '../support/note-snippets'
import { openSite } from '../support/site'

const SECRET = 'segredo-do-teste-ao-vivo'
/** Generous: the machine running the tests may be busy; the latency figures belong to the benchmark. */
const WAIT = { timeout: 15_000 }
const decks = await listDecks()
const deck = decks[0]
const dbDir = mkdtempSync(join(tmpdir(), 'dd-live-e2e-'))

let server: LiveServer
let origin: string
let browser: Browser
const logs: string[] = []
let presenter: { context: BrowserContext, page: Page }
const students: Page[] = []
const contexts: BrowserContext[] = []

async function startServer(port = 0) {
  server = await startLiveServer({ distDir: distDir(), secret: SECRET, dbFile: join(dbDir, 'live.db'), port, host: '127.0.0.1', log: line => logs.push(line) })
  origin = `http://127.0.0.1:${server.port}`
}

/** Where a page is, read from its URL (`/aula-1/5?clicks=2`, `/aula-1/presenter/5`). */
function positionOf(page: Page): Position | undefined {
  const url = new URL(page.url())
  return positionFromRoute(url.pathname.split('/').filter(Boolean).at(-1), url.searchParams.get('clicks') ?? undefined)
}

/** The page shows `target`: its URL, and the slide itself on screen. */
async function expectAt(page: Page, target: Position, timeout = WAIT.timeout) {
  await expect.poll(() => positionOf(page), { timeout }).toEqual(target)
  await page.locator(`#slideshow .slidev-page-${target.page}`).waitFor({ state: 'visible', timeout })
}

const status = (page: Page) => page.getByTestId('live-status').locator('[role=status]')

async function newStudent(path = `/${deck.id}/`): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${origin}${path}`)
  return page
}

/** One step forward in the presenter view; resolves with the presenter's new position. */
async function presenterNext(): Promise<Position> {
  const before = positionOf(presenter.page)
  await presenter.page.keyboard.press('ArrowRight')
  await expect.poll(() => positionOf(presenter.page), WAIT).not.toEqual(before)
  return positionOf(presenter.page)!
}

beforeAll(async () => {
  await startServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await Promise.allSettled(contexts.map(c => c.close()))
  await browser?.close()
  await server?.close()
  rmSync(dbDir, { recursive: true, force: true })
})

describe('live classroom', () => {
  it('the presenter logs in through the "Senha" form and lands on the presenter view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${origin}/${deck.id}/presenter/`)
    expect(new URL(page.url()).pathname).toBe('/entrar')
    await page.getByLabel('Senha').fill(SECRET)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.waitForURL(url => url.pathname.startsWith(`/${deck.id}/presenter/`))
    presenter = { context, page }
    await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^Ao vivo/)
  })

  it('three students follow the lecturer, slide and click', async () => {
    const start = positionOf(presenter.page)!
    for (let i = 0; i < 3; i++) students.push(await newStudent())
    for (const student of students) {
      await expectAt(student, start)
      expect(await status(student).textContent()).toBe('Ao vivo')
    }
    await expect.poll(() => status(presenter.page).textContent(), WAIT).toBe('Ao vivo · 3 alunos')
    // Across clicks and slide changes.
    const seen = new Set([start.page])
    for (let i = 0; i < 6; i++) {
      const target = await presenterNext()
      seen.add(target.page)
      for (const student of students) await expectAt(student, target)
    }
    expect(seen.size).toBeGreaterThan(1)
  })

  it('the presenter\'s own play window follows through Slidev\'s BroadcastChannel', async () => {
    // Opened where the presenter is, as "Abrir o projetor" does: on load a play window sends its own
    // position (127.0.0.1 is a trusted origin for Slidev), so one opened at /1 pulled the presenter
    // view, and the room, back to slide 1 at some moment around the key press below.
    const at = positionOf(presenter.page)!
    const play = await presenter.context.newPage()
    await play.goto(`${origin}/${deck.id}/${at.page}?clicks=${at.clicks}`)
    await play.locator(`#slideshow .slidev-page-${at.page}`).waitFor()
    const target = await presenterNext()
    await expectAt(play, target)
    // The projector shows no badge; the presenter view keeps its own.
    expect(await play.getByTestId('live-status').count()).toBe(0)
    await play.close()
  })

  it('no student gets past the lecturer: keys, the URL, ?clicks=, "go to" and the overview', async () => {
    const lecturer = positionOf(presenter.page)!
    const student = students[0]
    await expectAt(student, lecturer)
    for (const key of ['ArrowRight', 'Space', 'ArrowDown', 'PageDown', 'ArrowRight']) {
      await student.keyboard.press(key)
      await student.waitForTimeout(150)
      expect(positionOf(student), key).toEqual(lecturer)
    }
    await student.goto(`${origin}/${deck.id}/${lecturer.page}?clicks=99`)
    await expectAt(student, lecturer)
    await student.goto(`${origin}/${deck.id}/${deck.slideCount - 1}`)
    await expectAt(student, lecturer)
    expect(await student.locator(`#slideshow .slidev-page-${deck.slideCount - 1}`).isVisible()).toBe(false)
    await student.goto(`${origin}/${deck.id}/overview`)
    await expectAt(student, lecturer)
    // Slidev's "go to" dialog (key G).
    await student.keyboard.press('g')
    await student.keyboard.type(String(deck.slideCount))
    await student.keyboard.press('Enter')
    await student.waitForTimeout(300)
    expect(positionOf(student)).toEqual(lecturer)
    // The quick overview (key O) shows the slides up to the lecturer's only; a click on one goes there.
    await student.keyboard.press('Escape')
    await student.keyboard.press('o')
    const cards = student.locator('.z-modal > .grid > .relative')
    await expect.poll(() => cards.filter({ visible: true }).count(), WAIT).toBe(lecturer.page)
    await cards.nth(0).locator('.inline-block').click()
    await expectAt(student, { page: 1, clicks: 0 })
    expect(await status(student).textContent()).toMatch(/^Revendo/)
  })

  it('"Voltar ao vivo": a student who paged back stays there, then returns to the lecturer', async () => {
    const student = students[1]
    await student.keyboard.press('ArrowLeft')
    await student.keyboard.press('ArrowLeft')
    await expect.poll(() => status(student).textContent(), WAIT).toMatch(/^Revendo · a aula está no slide \d+/)
    const back = positionOf(student)!
    const target = await presenterNext()
    await expectAt(students[2], target)
    expect(positionOf(student)).toEqual(back)
    await student.getByRole('button', { name: 'Voltar ao vivo' }).click()
    await expectAt(student, target)
    expect(await status(student).textContent()).toBe('Ao vivo')
    expect(await student.getByRole('button', { name: 'Voltar ao vivo' }).count()).toBe(0)
    // Following again.
    const next = await presenterNext()
    await expectAt(student, next)
  })

  it('a late joiner and a reload land on the lecturer\'s position, whatever the URL said', async () => {
    const lecturer = positionOf(presenter.page)!
    const late = await newStudent(`/${deck.id}/1`)
    await expectAt(late, lecturer)
    students.push(late)
    await students[0].reload()
    await expectAt(students[0], lecturer)
    expect(await status(students[0]).textContent()).toBe('Ao vivo')
  })

  it('a student whose Wi-Fi drops lands on the current position when it is back', async () => {
    const student = students[2]
    await student.context().setOffline(true)
    await expect.poll(() => status(student).textContent(), WAIT).toMatch(/^Sem conexão/)
    await presenterNext()
    const target = await presenterNext()
    await student.context().setOffline(false)
    await expectAt(student, target)
    expect(await status(student).textContent()).toBe('Ao vivo')
  })

  it('after a server restart every student reconnects and follows again, without any action', async () => {
    const lecturer = positionOf(presenter.page)!
    const { port } = server
    await server.close()
    for (const student of students) await expect.poll(() => status(student).textContent(), WAIT).toMatch(/^Sem conexão/)
    await startServer(port)
    for (const student of students) await expect.poll(() => status(student).textContent(), WAIT).toBe('Ao vivo')
    await expect.poll(() => status(presenter.page).textContent(), WAIT).toMatch(/^Ao vivo/)
    for (const student of students) expect(positionOf(student)).toEqual(lecturer)
    const target = await presenterNext()
    for (const student of students) await expectAt(student, target)
  })
})

describe('the notes never reach a student', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map(f => join(dir, f)).filter(f => statSync(f).isFile())
  }

  /** The body of `url` as text (a PDF's pages' text), or '' when it is not a success. */
  async function bodyText(url: string, cookie?: string): Promise<string> {
    const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} })
    if (res.status !== 200) return ''
    const bytes = new Uint8Array(await res.arrayBuffer())
    if (res.headers.get('content-type')?.includes('pdf')) return (await pdfPagesText(bytes)).join(' ')
    return new TextDecoder().decode(bytes)
  }

  function everyUrl(deckList: Deck[]): string[] {
    const files = filesUnder(distDir()).map(f => `/${relative(distDir(), f).split('\\').join('/')}`)
    const routes = deckList.flatMap(d => [
      `/${d.id}/`,
      ...Array.from({ length: d.slideCount }, (_, i) => `/${d.id}/${i + 1}`),
      `/${d.id}/presenter/1`, `/${d.id}/overview`, `/${d.id}/notes`, `/${d.id}/print`, `/${d.id}/entry`,
      `/__apostila/${d.id}.html`, `/alunos/${d.id}/`,
    ])
    return [...new Set([...files, ...routes, '/', '/entrar'])]
  }

  it('no note sentence in any file of dist/ or any route, fetched without the presenter\'s cookie', async () => {
    const snippets = await noteSnippets(decks, distDir())
    expect(snippets.length).toBeGreaterThanOrEqual(decks.length * 3)
    const urls = everyUrl(decks)
    expect(urls.length).toBeGreaterThan(100)
    const slot = pLimit(8)
    const found = (await Promise.all(urls.map(path => slot(async () => {
      const text = await bodyText(`${origin}${path}`)
      return snippets.filter(s => text.includes(s)).map(s => `${path}: ${s}`)
    })))).flat()
    expect(found).toEqual([])
  })

  it('would find them with the cookie (the check above can fail)', async () => {
    const snippets = await noteSnippets([deck], distDir())
    const cookie = (await presenter.context.cookies(origin)).map(c => `${c.name}=${c.value}`).join('; ')
    expect(cookie).toContain('dd_sessao=')
    const deckFiles = filesUnder(join(distDir(), deck.id)).filter(f => f.endsWith('.js')).map(f => `/${relative(distDir(), f)}`)
    const texts = await Promise.all(deckFiles.map(path => bodyText(`${origin}${path}`, cookie)))
    expect(snippets.filter(s => !texts.some(t => t.includes(s)))).toEqual([])
  })
})

describe('on a static host (npm run preview)', () => {
  it('the deck makes no socket request and shows no live badge', async () => {
    const site = await openSite()
    try {
      const { context, external } = await site.newContext()
      const { page, errors } = await site.newPage(context)
      const requests: string[] = []
      page.on('request', r => requests.push(r.url()))
      await page.goto(`${site.origin}/${deck.id}/2`, { waitUntil: 'networkidle' })
      await page.locator('#slideshow .slidev-page-2').waitFor()
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(500)
      expect(requests.filter(u => /socket\.io|\/controller-/.test(u))).toEqual([])
      expect(await page.getByTestId('live-status').count()).toBe(0)
      expect(errors).toEqual([])
      expect(external).toEqual([])
      await context.close()
    }
    finally {
      await site.close()
    }
  })
})
