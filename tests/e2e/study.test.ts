// Study mode on the built site, as a student uses it: the course search (landing page and the `/`
// key in a deck), the reader view on a phone, offline after one visit, a rebuild swapping the cache
// behind a "Nova versão disponível" prompt, and no worker at all while following a live class.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import sirv from 'sirv'
import type { BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fold } from '#client/study/search-core'
import type { IndexFile } from '#client/study/search-ui'
import { deckNotes } from '#scripts/export/notes'
import { studyText } from '#scripts/export/study-text'
import { distDir } from '#scripts/site/paths'
import { writeServiceWorker } from '#scripts/site/study-assets'
import { listen } from '#scripts/site/server'
import { openSite, type Site } from '../support/site'

let site: Site
beforeAll(async () => { site = await openSite() })
afterAll(async () => { await site?.close() })

const url = (path: string, s = site) => `${s.origin}${s.base}${path}`
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Ideas from the seed, typed without accents and in odd case, and the aula that teaches each. */
const SEARCHES = [
  { query: 'CONTEINER kernel', deck: 'aula-1' },
  { query: 'maquina virtual', deck: 'aula-1' },
  { query: 'dotcloud', deck: 'aula-2' },
  { query: 'libcontainer', deck: 'aula-2' },
  { query: 'copy-on-write', deck: 'aula-3' },
  { query: 'union mount', deck: 'aula-3' },
  { query: 'NAMESPACE pid', deck: 'aula-4' },
  { query: 'cgroups memoria', deck: 'aula-4' },
]

async function search(page: Page, query: string) {
  await page.locator('#dd-busca').fill(query)
  await page.locator('#dd-busca-resultados .dd-s-hit').first().waitFor()
}

describe('course search', () => {
  it.each(SEARCHES)('finds "$query" in $deck from the landing page, grouped by aula, and opens the slide', async ({ query, deck }) => {
    const { context, external } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    await page.goto(url(''))
    await search(page, query)
    const groups = await page.locator('#dd-busca-resultados .dd-s-group h3').allTextContents()
    expect(groups.some(g => g.startsWith(`Aula ${deck.slice(5)}:`)), groups.join(' | ')).toBe(true)
    const hit = page.locator(`#dd-busca-resultados a[href^="${site.base}${deck}/"]`).first()
    const title = await hit.locator('.dd-s-title').textContent()
    const snippet = fold(await hit.locator('.dd-s-snippet').textContent() ?? '')
    expect(fold(query).split(' ').some(word => snippet.includes(word.split('-')[0])), snippet).toBe(true)
    const href = await hit.getAttribute('href')
    const no = Number(href!.split('/').at(-1))
    await hit.click()
    await page.waitForURL(`**${site.base}${deck}/${no}`)
    await page.locator(`.slidev-page-${no}`).waitFor()
    expect(title).toMatch(new RegExp(`^Slide ${no}: `))
    expect(errors).toEqual([])
    expect(external).toEqual([])
    await context.close()
  })

  it('opens from inside a deck with `/`, keeps the typed keys, and Enter opens the first hit', async () => {
    // No service worker here (the offline tests below have it): closing a context while it was caching
    // the aula took Chromium 76 s and more on a busy machine, past this test's time.
    const { context } = await site.newContext({ serviceWorkers: 'block' })
    const { page, errors } = await site.newPage(context)
    await page.goto(url('aula-2/3'))
    await page.locator('.slidev-page-3').waitFor()
    // The deck's study script installs the `/` key in the same step as its "Buscar" button, and it may
    // run after Slidev has drawn the slide: a key pressed before it would go to the deck.
    await page.getByRole('navigation', { name: 'Estudo' }).getByRole('button', { name: 'Buscar' }).waitFor()
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
    await page.keyboard.press('/')
    await page.keyboard.type('dotcloud', { delay: 5 })
    const dialog = page.getByRole('dialog', { name: 'Buscar no curso' })
    await dialog.locator('.dd-s-hit').first().waitFor()
    expect(await dialog.locator('input').inputValue()).toBe('dotcloud')
    // `d` went to the search box, not to Slidev's dark-mode toggle.
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(dark)
    const first = await dialog.locator('.dd-s-hit').first().getAttribute('href')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${first}`)
    expect(errors).toEqual([])
    await context.close()
  })

  it('gives students an index without notes, and the full one has them (so this check can fail)', async () => {
    const full = JSON.parse(readFileSync(join(distDir(), 'busca/indice.json'), 'utf8')) as IndexFile
    const students = readFileSync(join(distDir(), 'alunos/busca/indice.json'), 'utf8')
    expect(full.notes).toBe(true)
    expect((JSON.parse(students) as IndexFile).notes).toBe(false)
    const sentences: string[] = []
    for (const deck of site.decks) {
      for (const { note } of await deckNotes(deck.file)) {
        const sentence = studyText(note).split(/[.!?\n]/).map(s => s.trim()).find(s => /^[\p{L} ,]{40,}$/u.test(s))
        if (sentence) sentences.push(sentence)
      }
    }
    expect(sentences.length).toBeGreaterThan(site.decks.length * 5)
    const fullText = JSON.stringify(full)
    expect(sentences.filter(s => fullText.includes(s)).length).toBeGreaterThan(site.decks.length * 5)
    expect(sentences.filter(s => students.includes(s))).toEqual([])
  })
})

describe('reader view', () => {
  it.each(['light', 'dark'] as const)('reads on a 390×844 phone (%s): one page, headings in order, copy buttons, axe clean', async (colorScheme) => {
    const { context } = await site.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin })
    const { page, errors } = await site.newPage(context)
    for (const deck of site.decks) {
      await page.goto(url(`${deck.id}/ler/`), { waitUntil: 'networkidle' })
      expect(await page.locator('section.slide').count()).toBe(deck.slideCount)
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll(hs => hs.map(h => Number(h.tagName[1])))
      expect(levels[0]).toBe(1)
      expect(levels.filter(l => l === 1)).toHaveLength(1)
      levels.forEach((level, i) => { if (i) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1] + 1) })
      // Nothing wider than the phone: text reflows, code scrolls inside its box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze()
      expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target).join(', ')}`), deck.id).toEqual([])
    }
    // Every slide number is an anchor; diagrams are the build's SVGs; commands copy.
    await page.goto(url('aula-3/ler/#slide-5'))
    expect(await page.locator('#slide-5 h2 a.no').getAttribute('href')).toBe('#slide-5')
    expect(await page.locator('section.slide figure.diagram svg[role="img"]').count()).toBeGreaterThan(0)
    const copy = page.locator('section.slide button.copy').first()
    const code = await page.locator(`#${await copy.getAttribute('data-copy')}`).textContent()
    await copy.click()
    await expect.poll(() => copy.textContent()).toBe('Copiado')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
    expect(errors).toEqual([])
    await context.close()
  })

  it('is linked from every deck and from the landing page', async () => {
    const { context } = await site.newContext()
    const { page } = await site.newPage(context)
    await page.goto(url(''))
    for (const deck of site.decks)
      expect(await page.locator(`a[href="${site.base}${deck.id}/ler/"]`).count()).toBe(1)
    await page.goto(url(`${site.decks[0].id}/2`))
    await page.getByRole('link', { name: 'Modo leitura desta aula' }).click()
    await page.waitForURL(`**${site.base}${site.decks[0].id}/ler/`)
    await context.close()
  })
})

/** Visits the landing page, asks for the whole course and waits until the worker has every group. */
async function visitAndCache(page: Page, landing: string) {
  await page.goto(landing)
  await page.getByRole('button', { name: 'Baixar para estudar sem internet' }).click()
  await page.locator('#dd-offline[data-state="pronto"]').waitFor({ timeout: 120_000 })
}

async function newPlainContext(s: Site, options = {}): Promise<BrowserContext> {
  // No route interception here: service workers do not see requests a context routes.
  return s.browser.newContext({ viewport: { width: 1280, height: 720 }, ...options })
}

describe('offline', () => {
  it('after one visit opens the landing page, a deep link of every aula, its reader view and a PDF with the network off', async () => {
    const context = await newPlainContext(site)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', e => errors.push(e.message))
    await visitAndCache(page, url(''))
    await context.setOffline(true)
    await page.reload()
    await expect.poll(() => page.locator('h1').textContent()).toContain('Descomplicando o Docker')
    for (const deck of site.decks) {
      const no = Math.min(3, deck.slideCount)
      await page.goto(url(`${deck.id}/${no}`))
      await page.locator(`.slidev-page-${no}`).waitFor()
      await page.goto(url(`${deck.id}/ler/`))
      expect(await page.locator('section.slide').count()).toBe(deck.slideCount)
    }
    const pdf = await page.evaluate(async (href) => {
      const res = await fetch(href)
      return { status: res.status, head: new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5)) }
    }, url(`pdf/${site.decks[0].id}.pdf`))
    expect(pdf).toEqual({ status: 200, head: '%PDF-' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('registers no worker while following a live class (the live server marks its pages)', async () => {
    const context = await newPlainContext(site)
    await context.route(`${site.origin}/**`, async (route) => {
      const response = await route.fetch()
      const type = response.headers()['content-type'] ?? ''
      if (!type.includes('text/html')) return route.fulfill({ response })
      const body = (await response.text()).replace('<head>', '<head><meta name="dd-live" content="1">')
      return route.fulfill({ response, body })
    })
    const page = await context.newPage()
    await page.goto(url('aula-1/1'))
    await page.locator('.slidev-page-1').waitFor()
    await page.waitForTimeout(1500)
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
    expect(await page.evaluate(() => caches.keys())).toEqual([])
    await context.close()
  })
})

describe('a rebuild', () => {
  let copy: string
  let server: Server
  let origin: string
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'dd-rebuild-'))
    cpSync(distDir(), copy, { recursive: true })
    // A host that reads each file when asked (dev: true): the rebuilt files are served at once.
    const files = sirv(copy, { dev: true, etag: true })
    server = createServer((req, res) => files(req, res, () => { res.writeHead(404).end() }))
    origin = await listen(server)
  })
  afterAll(async () => {
    await new Promise(resolve => server?.close(resolve))
    rmSync(copy, { recursive: true, force: true })
  })

  it('swaps the cache behind a "Nova versão disponível" prompt, with no old file left', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    await visitAndCache(page, `${origin}/`)
    const shellKeys = () => page.evaluate(async () => (await (await caches.open('dd-shell')).keys()).map(r => r.url).filter(u => /\/index\.html/.test(u)))
    const oldKeys = await shellKeys()
    expect(oldKeys).toHaveLength(1)
    // The next build: a changed landing page, and its worker.
    const index = join(copy, 'index.html')
    writeFileSync(index, readFileSync(index, 'utf8').replace('</h1>', ' <span id="nova">(edição nova)</span></h1>'))
    await writeServiceWorker(copy, site.base, site.decks.map(d => d.id))
    await page.reload()
    // The old worker still answers: the old page, whole.
    expect(await page.locator('#nova').count()).toBe(0)
    const prompt = page.getByRole('status').filter({ hasText: 'Nova versão disponível' })
    await prompt.waitFor({ timeout: 60_000 })
    await prompt.getByRole('button', { name: 'Atualizar' }).click()
    await page.locator('#nova').waitFor({ timeout: 30_000 })
    const newKeys = await shellKeys()
    expect(newKeys).toHaveLength(1)
    expect(newKeys).not.toEqual(oldKeys)
    // Offline, the new version answers.
    await context.setOffline(true)
    await page.reload()
    await page.locator('#nova').waitFor()
    await context.close()
  })
})
