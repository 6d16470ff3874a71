// Slide PDFs from the built SPA: its print view (`/aula-N/print?print`, every slide at its last
// click, one under the other) printed by Chromium with page.pdf() — vector text, embedded fonts, one
// page per slide. Much faster than `slidev export`, which starts a Vite dev server per deck.
import { writeFile } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-chromium'

export interface SlideBox {
  width: number
  height: number
}

/** The print view of a deck served at `deckUrl` (`http://host/base/aula-3/`). */
export function printViewUrl(deckUrl: string): string {
  return `${deckUrl}print?print=true`
}

/** Opens the print view and waits until every slide, diagram, font and image is drawn. */
export async function openPrintView(context: BrowserContext, deckUrl: string, expectedSlides: number): Promise<{ page: Page, box: SlideBox }> {
  const page = await context.newPage()
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  await page.goto(printViewUrl(deckUrl), { waitUntil: 'networkidle' })
  await page.waitForFunction(
    n => document.querySelectorAll('.print-slide-container').length >= n,
    expectedSlides,
    { timeout: 60_000 },
  )
  await waitForDrawn(page)
  const count = await page.locator('.print-slide-container').count()
  if (count !== expectedSlides)
    throw new Error(`${deckUrl}: a visão de impressão mostra ${count} slides, o deck tem ${expectedSlides}.`)
  const box = await page.locator('.print-slide-container').first().evaluate((el) => {
    const rect = el.getBoundingClientRect()
    return { width: rect.width, height: rect.height }
  })
  // The whole deck in one viewport, as `slidev export` does, so nothing lazy stays undrawn.
  await page.setViewportSize({ width: Math.ceil(box.width), height: Math.ceil(box.height * count) })
  await waitForDrawn(page)
  return { page, box }
}

/** Waits for what Slidev's own exporter waits for: lazy slides, Mermaid, fonts, images, network. */
export async function waitForDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading'), undefined, { timeout: 60_000 })
  await page.waitForFunction(() => {
    const container = document.querySelector<HTMLElement>('#mermaid-rendering-container')
    if (!container) return true
    if (container.querySelector('div')) return false
    container.style.display = 'none'
    return true
  }, undefined, { timeout: 60_000 })
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].filter(img => !img.complete).map(img => new Promise((resolve) => {
      img.addEventListener('load', resolve)
      img.addEventListener('error', resolve)
    })))
  })
  await page.waitForLoadState('networkidle')
}

/** Prints the open print view: one page the size of a slide per slide. */
export async function printSlidesPdf(page: Page, box: SlideBox, file: string): Promise<void> {
  // The last slide's page break would add an empty page; slides are px-sized, so round the page up.
  await page.addStyleTag({ content: '.print-slide-container:last-child{break-after:auto!important}' })
  const pdf = await page.pdf({
    width: `${box.width}px`,
    height: `${box.height}px`,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    printBackground: true,
    preferCSSPageSize: false,
  })
  await writeFile(file, pdf)
}

/** A WebP picture of slide `no` (1: the cover, for the landing page); PNG if the browser cannot encode WebP. */
export async function coverPicture(page: Page, no = 1): Promise<{ data: Buffer, type: 'webp' | 'png' }> {
  const png = await page.locator('.print-slide-container').nth(no - 1).screenshot({ type: 'png' })
  const webp = await page.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    canvas.getContext('2d')!.drawImage(img, 0, 0)
    const url = canvas.toDataURL('image/webp', 0.86)
    return url.startsWith('data:image/webp') ? url.slice(url.indexOf(',') + 1) : null
  }, png.toString('base64'))
  return webp ? { data: Buffer.from(webp, 'base64'), type: 'webp' } : { data: png, type: 'png' }
}

/** What a printed slide shows, read from the print view's DOM (shadow roots and SVG text included). */
export interface PrintedSlide {
  /** Visible text nodes, in document order. */
  texts: string[]
  /** Visible text that lies (partly) outside the slide, so the page would cut it. */
  outside: string[]
  /** Visible diagrams (SVGs bigger than an icon, or role="img"): label and whether inside the slide. */
  diagrams: Array<{ label: string, inside: boolean }>
  /** Elements still hidden behind a click (there should be none: the print view is the last click). */
  hiddenClicks: number
}

export async function inspectPrintView(page: Page): Promise<PrintedSlide[]> {
  return page.evaluate(() => {
    const SKIP = new Set(['style', 'script', 'title', 'desc', 'noscript', 'template'])
    const within = (r: DOMRect, box: DOMRect) =>
      r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1
    // Screen-reader-only text (clipped to a 1 px box) is not drawn: leave it out.
    const visuallyHidden = (el: Element, stop: Element) => {
      for (let a: Element | null = el; a && a !== stop; a = a.parentElement) {
        const style = getComputedStyle(a)
        if (style.clip !== 'auto' && style.clip !== '' && /absolute|fixed/.test(style.position)) return true
        const rect = a.getBoundingClientRect()
        if (rect.width <= 1 && rect.height <= 1 && style.overflow !== 'visible') return true
      }
      return false
    }
    return [...document.querySelectorAll('.print-slide-container')].map((container) => {
      const box = container.getBoundingClientRect()
      const texts: string[] = []
      const outside: string[] = []
      const walk = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          if (node instanceof Element) {
            if (node.shadowRoot) walk(node.shadowRoot)
            continue
          }
          const parent = node.parentElement
          const text = node.textContent?.replace(/\s+/g, ' ').trim()
          if (!parent || !text || SKIP.has(parent.localName)) continue
          if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
          if (visuallyHidden(parent, container)) continue
          const range = document.createRange()
          range.selectNodeContents(node)
          const rect = range.getBoundingClientRect()
          if (rect.width === 0 || rect.height === 0) continue
          texts.push(text)
          if (!within(rect, box)) outside.push(text)
        }
      }
      walk(container)
      const diagrams = [...container.querySelectorAll<Element>('svg, [role="img"]')]
        .filter(el => !(el instanceof SVGElement && el.ownerSVGElement) && el.checkVisibility())
        .map(el => ({ el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 48 || rect.height > 48)
        .map(({ el, rect }) => ({
          label: el.getAttribute('aria-label') ?? el.id ?? el.localName,
          inside: within(rect, box),
        }))
      return { texts, outside, diagrams, hiddenClicks: container.querySelectorAll('.slidev-vclick-hidden').length }
    })
  })
}
