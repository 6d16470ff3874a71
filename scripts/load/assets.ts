// What one student's browser fetches to load a whole deck: the deck's page and every asset its first
// load and all its slides request. Recorded with Chromium (walking every slide), or, without a
// browser, read from dist/: the page's own references plus the deck's assets/ folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Browser } from 'playwright-chromium'

/** Paths (with the site base) referenced by the deck's index.html and found in its assets/. */
export function staticDeckAssets(root: string, deckId: string, base: string): string[] {
  const deckDir = join(root, deckId)
  const html = readFileSync(join(deckDir, 'index.html'), 'utf8')
  const paths = new Set<string>([`${base}${deckId}/`])
  for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    if (/^(?:[a-z]+:|\/\/|#)/i.test(url)) continue
    paths.add(url.startsWith('/') ? url : `${base}${deckId}/${url.replace(/^\.\//, '')}`)
  }
  const assets = join(deckDir, 'assets')
  if (existsSync(assets)) {
    // The .br/.gz copies are what the server sends for the file itself, never asked for by name.
    for (const file of walk(assets).filter(f => !/\.(br|gz)$/.test(f))) paths.add(`${base}${deckId}/${relative(deckDir, file).split('\\').join('/')}`)
  }
  return [...paths]
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/** Same-origin paths Chromium requests while opening the deck and going through every slide. */
export async function recordDeckAssets(browser: Browser, origin: string, base: string, deckId: string, slideCount: number): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const paths = new Set<string>()
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (!url.startsWith(origin)) return route.abort()
    const { pathname, search } = new URL(url)
    paths.add(pathname + search)
    return route.continue()
  })
  try {
    const page = await context.newPage()
    await page.goto(`${origin}${base}${deckId}/`)
    await page.waitForLoadState('networkidle')
    // ↓ goes to the next slide without stepping through its clicks.
    for (let no = 2; no <= slideCount; no++) {
      await page.keyboard.press('ArrowDown')
      await page.waitForURL(url => new URL(url).pathname.endsWith(`/${no}`))
      await page.waitForLoadState('networkidle')
    }
  }
  finally {
    await context.close()
  }
  // The deck's own pages only: /aula-N/2, /aula-N/3 are the same index.html.
  const deckPage = new RegExp(`^${base}${deckId}/(?:\\d+)?(?:\\?.*)?$`)
  return [`${base}${deckId}/`, ...[...paths].filter(path => !deckPage.test(path))]
}
