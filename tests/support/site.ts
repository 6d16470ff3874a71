// Shared by the end-to-end tests: serve the built dist/ and open Chromium with every request to
// another host blocked and recorded.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { launchChromium } from '#scripts/util/browser'
import { listDecks, type Deck } from '#scripts/site/decks'
import { createSiteServer, listen } from '#scripts/site/server'
import { distDir, siteBase } from '#scripts/site/paths'

export interface Site {
  origin: string
  base: string
  decks: Deck[]
  browser: Browser
  /** A new context that aborts and records every request to another host. */
  newContext: (options?: Parameters<Browser['newContext']>[0]) => Promise<{ context: BrowserContext, external: string[] }>
  /** A page that records console errors and page errors. */
  newPage: (context: BrowserContext) => Promise<{ page: Page, errors: string[] }>
  close: () => Promise<void>
}

export async function openSite(root = distDir(), base = siteBase({ BASE: '/' })): Promise<Site> {
  const decks = await listDecks()
  const server = createSiteServer(root, { base })
  const origin = await listen(server)
  const browser = await launchChromium()
  return {
    origin,
    base,
    decks,
    browser,
    async newContext(options) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options })
      const external: string[] = []
      await context.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
        external.push(url)
        return route.abort()
      })
      return { context, external }
    },
    async newPage(context) {
      const page = await context.newPage()
      const errors: string[] = []
      page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()) })
      page.on('pageerror', (err) => errors.push(err.message))
      return { page, errors }
    },
    async close() {
      await browser.close()
      await new Promise(resolve => server.close(resolve))
    },
  }
}
