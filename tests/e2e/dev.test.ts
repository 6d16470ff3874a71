// The lecturer's own command, `npm run dev -- N`: the deck opens with hot reload, diagrams and
// components render, and nothing is asked of any host but the dev server (the room's Wi-Fi may be down).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '#scripts/util/browser'
import { listDecks, loadDeck } from '#scripts/site/decks'
import { startDevServer, type DevServer } from '../support/dev-server'

let dev: DevServer
beforeAll(async () => { dev = await startDevServer(['4']) }, 180_000)
afterAll(() => dev?.stop())

describe('npm run dev', () => {
  it('serves aula 4 offline: diagrams as SVG, components drawn, no Mermaid code, no other host', async () => {
    const deck = (await listDecks()).find(d => d.number === 4)!
    const slides = (await loadDeck(deck.file)).slides
    const diagram = slides.findIndex(s => s.source.raw.includes('```mermaid')) + 1
    const component = slides.findIndex(s => s.source.filepath.includes('/parts/')) + 1
    expect(diagram).toBeGreaterThan(0)
    expect(component).toBeGreaterThan(0)

    const origin = `http://localhost:${dev.port}`
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const external: string[] = []
      const requested: string[] = []
      await context.route('**/*', (route) => {
        const url = route.request().url()
        requested.push(url)
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
        external.push(url)
        return route.abort()
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()) })
      page.on('pageerror', err => errors.push(err.message))

      await page.goto(`${origin}/1`, { waitUntil: 'networkidle', timeout: 120_000 })
      await expect.poll(() => page.locator('[data-testid="cover"]').count()).toBeGreaterThan(0)

      await page.goto(`${origin}/${diagram}?clicks=99`, { waitUntil: 'networkidle', timeout: 120_000 })
      const svg = page.locator('.slidev-page:visible svg[role="img"]').first()
      await expect.poll(() => svg.count()).toBeGreaterThan(0)
      expect((await svg.textContent())?.trim().length).toBeGreaterThan(0)

      await page.goto(`${origin}/${component}?clicks=99`, { waitUntil: 'networkidle', timeout: 120_000 })
      // Every component's root carries its step, e.g. data-testid="namespace-explorer" data-step="4".
      await expect.poll(() => page.locator('.slidev-page:visible [data-step]').count()).toBeGreaterThan(0)

      expect(errors, 'erros no console').toEqual([])
      expect(external, 'requisições externas').toEqual([])
      expect(requested.filter(url => /mermaid|elk|cytoscape/i.test(new URL(url).pathname))).toEqual([])
    }
    finally {
      await browser.close()
    }
  })
})
