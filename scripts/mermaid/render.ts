// Renders Mermaid source to SVG with the project's own mermaid (its browser bundle) inside the
// Chromium that playwright-chromium drives: real browser text measurement, no network, and the
// same fonts the slides use. One browser per process, launched on first use, closed when idle.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { launchChromium } from '#scripts/util/browser'
import type { ThemeConfigs } from './theme'

const require = createRequire(import.meta.url)
const mermaidDir = dirname(require.resolve('mermaid/package.json'))
const interDir = dirname(require.resolve('@fontsource/inter/package.json'))

export const mermaidVersion: string = JSON.parse(readFileSync(join(mermaidDir, 'package.json'), 'utf8')).version

/** What one diagram renders to: the same layout in both colour schemes, plus its visible text. */
export interface RawRender {
  light: string
  dark: string
  /** Visible text of the diagram, in document order, for the text alternative. */
  labels: string[]
  /** `accTitle` (or the diagram's `title`), when the source gives one. */
  title?: string
}

export class MermaidSyntaxError extends Error {
  /** Line within the diagram source (1-based) when Mermaid reports one. */
  readonly line?: number
  constructor(message: string) {
    super(message)
    this.name = 'MermaidSyntaxError'
    const m = /\bline (\d+)/i.exec(message)
    if (m) this.line = Number(m[1])
  }
}

export interface MermaidRenderer {
  render: (id: string, code: string) => Promise<RawRender>
  close: () => Promise<void>
}

const ORIGIN = 'http://dd-mermaid.invalid'
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/inter/400.css"><link rel="stylesheet" href="/inter/600.css"><link rel="stylesheet" href="/inter/700.css">
<script src="/mermaid.min.js"></script></head><body></body></html>`

const TYPES: Record<string, string> = { '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff', '.js': 'text/javascript' }

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage()
  // Everything the page needs is served from node_modules; any other request is refused.
  await page.route('**/*', (route) => {
    const { pathname } = new URL(route.request().url())
    if (!route.request().url().startsWith(ORIGIN)) return route.abort()
    if (pathname === '/') return route.fulfill({ body: PAGE, contentType: 'text/html' })
    if (pathname === '/mermaid.min.js') return route.fulfill({ path: join(mermaidDir, 'dist/mermaid.min.js'), contentType: TYPES['.js'] })
    if (pathname.startsWith('/inter/')) {
      const file = normalize(join(interDir, pathname.slice('/inter/'.length)))
      if (file.startsWith(interDir)) return route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? 'application/octet-stream' })
    }
    return route.abort()
  })
  await page.goto(`${ORIGIN}/`)
  await page.evaluate(() => Promise.all(['400', '600', '700'].map(w => document.fonts.load(`${w} 18px Inter`, 'Contêiner'))))
  return page
}

interface PageResult { error?: string, light?: string, dark?: string, labels?: string[], title?: string }

/** Runs in the page: renders `code` once per colour scheme and reads the visible text back. */
async function renderInPage({ id, code, themes }: { id: string, code: string, themes: ThemeConfigs }): Promise<PageResult> {
  const mermaid = (window as any).mermaid
  const out: PageResult = {}
  try {
    for (const scheme of ['light', 'dark'] as const) {
      mermaid.initialize(themes[scheme])
      // Distinct ids: each render's <style> is scoped to its own root id.
      const { svg } = await mermaid.render(scheme === 'light' ? id : `${id}-dark`, code)
      out[scheme] = svg
    }
  }
  catch (error: any) {
    return { error: String(error?.message ?? error) }
  }
  finally {
    document.body.replaceChildren()
  }
  const doc = new DOMParser().parseFromString(out.light!, 'image/svg+xml')
  const seen = new Set<string>()
  const labels: string[] = []
  for (const el of doc.querySelectorAll('text, foreignObject')) {
    // A wrapped label is one tspan per row: keep a space between rows.
    const rows = el.querySelectorAll('tspan.row')
    const raw = rows.length ? [...rows].map(row => row.textContent).join(' ') : el.textContent
    const text = (raw ?? '').replace(/\s+/g, ' ').trim()
    if (text && !seen.has(text)) {
      seen.add(text)
      labels.push(text)
    }
  }
  const title = doc.querySelector('svg > title')?.textContent?.trim() || doc.querySelector('.flowchartTitleText, .titleText')?.textContent?.trim()
  return { ...out, labels, title: title || undefined }
}

/**
 * A renderer that queues diagrams through one page. The browser starts on the first diagram and
 * closes after `idleMs` without work, so a build or dev server process can still exit on its own.
 */
export function createChromiumRenderer(themes: ThemeConfigs, { idleMs = 500 } = {}): MermaidRenderer {
  let browser: Promise<Browser> | undefined
  let page: Promise<Page> | undefined
  let queue: Promise<unknown> = Promise.resolve()
  let pending = 0
  let idleTimer: NodeJS.Timeout | undefined

  async function close() {
    clearTimeout(idleTimer)
    const open = browser
    browser = page = undefined
    if (open) await (await open).close().catch(() => {})
  }

  function ensurePage(): Promise<Page> {
    browser ??= launchChromium()
    page ??= browser.then(openPage)
    return page
  }

  function render(id: string, code: string): Promise<RawRender> {
    pending++
    clearTimeout(idleTimer)
    const job = queue.then(async () => {
      const result = await (await ensurePage()).evaluate(renderInPage, { id, code, themes })
      if (result.error) throw new MermaidSyntaxError(result.error)
      return { light: result.light!, dark: result.dark!, labels: result.labels!, title: result.title }
    })
    queue = job.catch(() => {}).finally(() => {
      if (--pending === 0) {
        idleTimer = setTimeout(close, idleMs)
        idleTimer.unref()
      }
    })
    return job
  }

  return { render, close }
}
