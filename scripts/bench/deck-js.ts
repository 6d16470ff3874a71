// What JavaScript a built deck makes the browser fetch: per file, its gzip size computed from the
// bytes in dist (zlib, so the figure is exact and the same on every run), for slide 1 and for a
// walk through every slide. Shared by tests/e2e/budgets.test.ts and scripts/cli/bench.ts.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BrowserContext, Page } from 'playwright-chromium'

/**
 * Mermaid and the layout engines it pulls in (none of them may reach the browser), by file name:
 * `elk-JD43GPKC-Ck2u-eTT.js`, `flowDiagram-…`, `chunk-E5HCKRCG-…` — Mermaid's own chunks keep their
 * esbuild hash (8 upper-case characters) before Vite's. Slidev's chunks have Vite's hash only.
 */
export const MERMAID_CHUNK = /(?:^|\/)(?:[Mm]ermaid|elk|cytoscape|dagre|cose-bilkent)[\w.-]*\.m?js$|(?:^|\/)[\w.-]+?-[A-Z0-9]{8}-[\w-]{8}\.m?js$/

const gzipCache = new Map<string, number>()

export function gzipSize(file: string): number {
  let size = gzipCache.get(file)
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length
    gzipCache.set(file, size)
  }
  return size
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}

/** The file in `root` that serves `url` (a URL under `base`), or undefined for anything else. */
export function distFileFor(url: string, origin: string, base: string, root: string): string | undefined {
  if (!url.startsWith(origin)) return undefined
  const path = new URL(url).pathname
  if (!/\.m?js$/.test(path) || !path.startsWith(base)) return undefined
  const file = join(root, decodeURIComponent(path.slice(base.length)))
  return existsSync(file) ? file : undefined
}

export interface JsSet {
  /** Paths relative to the dist root, sorted. */
  files: string[]
  gzip: number
}

function toSet(files: Iterable<string>, root: string): JsSet {
  const list = [...new Set(files)].sort()
  return { files: list.map(f => f.slice(root.length + 1)), gzip: list.reduce((sum, f) => sum + gzipSize(f), 0) }
}

export interface DeckJs {
  /** Everything fetched until slide 1 is shown and the network is idle. */
  firstSlide: JsSet
  /** Everything fetched after walking to the last slide (and Slidev's preload of all slides). */
  allSlides: JsSet
  /** JS fetched per slide during the walk (slide 1 = firstSlide). */
  perSlide: JsSet[]
  /** Fetched files that are Mermaid or its layout engines. */
  mermaid: string[]
  /** Console errors and uncaught exceptions during the walk. */
  errors: string[]
}

/**
 * Slidev preloads every slide 3 s after start (a `setTimeout(…, 3000)` in SlidesShow.vue). To make
 * the slide-1 figure independent of machine speed, that timer is held until the walk begins.
 */
const HOLD_PRELOAD = `(() => {
  const held = []
  const original = window.setTimeout
  window.setTimeout = function (fn, ms, ...args) {
    if (ms === 3000 && !window.__ddPreloadReleased) { held.push([fn, args]); return original(() => {}, 2 ** 31 - 1) }
    return original(fn, ms, ...args)
  }
  window.__ddReleasePreload = () => { window.__ddPreloadReleased = true; for (const [fn, args] of held.splice(0)) original(fn, 0, ...args) }
})()`

export interface MeasureOptions {
  context: BrowserContext
  origin: string
  /** URL path of the site root (`/`) — dist files are looked up under it. */
  siteBase: string
  /** Dist root directory served at siteBase. */
  root: string
  deckId: string
  slideCount: number
}

/** Resolves once no request has been in flight for `quietMs` (Playwright's networkidle only covers page loads). */
function networkIdle(page: Page, quietMs = 500): () => Promise<void> {
  let inFlight = 0
  let lastChange = performance.now()
  const change = (delta: number) => () => {
    inFlight += delta
    lastChange = performance.now()
  }
  page.on('request', change(1))
  page.on('requestfinished', change(-1))
  page.on('requestfailed', change(-1))
  return async () => {
    while (inFlight > 0 || performance.now() - lastChange < quietMs)
      await new Promise(resolve => setTimeout(resolve, 50))
  }
}

export async function measureDeckJs({ context, origin, siteBase, root, deckId, slideCount }: MeasureOptions): Promise<DeckJs> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()) })
  page.on('pageerror', error => errors.push(error.message))
  await page.addInitScript(HOLD_PRELOAD)
  let current = new Set<string>()
  const all = new Set<string>()
  const mermaid = new Set<string>()
  page.on('request', (request) => {
    const file = distFileFor(request.url(), origin, siteBase, root)
    if (!file) return
    current.add(file)
    all.add(file)
    if (MERMAID_CHUNK.test(file)) mermaid.add(file.slice(root.length + 1))
  })
  const idle = networkIdle(page)
  const showSlide = async (no: number) => {
    await page.waitForSelector(`.slidev-page-${no}`, { state: 'attached' })
    await idle()
  }
  await page.goto(`${origin}${siteBase}${deckId}/1`)
  await showSlide(1)
  const perSlide = [toSet(current, root)]
  for (let no = 2; no <= slideCount; no++) {
    current = new Set()
    await page.keyboard.press('ArrowDown')
    await showSlide(no)
    perSlide.push(toSet(current, root))
  }
  await page.evaluate(() => (window as any).__ddReleasePreload())
  await page.waitForTimeout(100)
  await idle()
  await page.close()
  return { firstSlide: perSlide[0], allSlides: toSet(all, root), perSlide, mermaid: [...mermaid].sort(), errors }
}
