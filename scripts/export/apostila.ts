// The apostila (handout) of an aula: A4 portrait, a cover with the contents list, then each slide —
// the slide itself, copied as live markup from the built deck's print view so it stays vector —
// with its speaker notes below. Printed by Chromium; page numbers in the footer, course and aula in
// the header, and the contents list gets its page numbers from a first printing.
import { writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-chromium'
import type { Deck } from '#scripts/site/decks'
import type { SlideBox } from './slides-pdf'
import { waitForDrawn } from './slides-pdf'
import { renderNote, type SlideNote } from './notes'
import { pdfDestinationPages, pdfPageCount } from './pdf-text'
import { escapeHtml } from '@vue/shared'
import { color, renderApostilaPage, slideAnchor, slideSection } from './apostila-page'

/** What the apostila takes from the deck's print view. */
export interface SlidesSnapshot {
  /** `<link>`/`<style>` tags that style the slides (scripts and @page rules left out). */
  head: string
  /** `class` of the print view's <html> (e.g. `print`), so the same CSS applies. */
  htmlClass: string
  /** Each slide's markup, shadow roots (Mermaid draws in one) kept as declarative shadow DOM. */
  slides: string[]
}

export interface ApostilaInput {
  courseName: string
  deck: Pick<Deck, 'number' | 'title' | 'subtitle' | 'topics'>
  notes: SlideNote[]
  snapshot: SlidesSnapshot
  box: SlideBox
  /** Page of each slide (by slide number), from a first printing; omitted → contents without pages. */
  pages?: Map<number, number>
}

/** Width of a slide on the A4 page, in CSS px (180 mm of text width is 680 px). */
export const SLIDE_WIDTH_ON_PAGE = 600


export function apostilaTitle(courseName: string, deck: Pick<Deck, 'number' | 'title'>): string {
  return `Apostila — Aula ${deck.number}: ${deck.title} — ${courseName}`
}

/** The apostila as one HTML document (pure: same input, same output). */
export function renderApostilaHtml({ courseName, deck, notes, snapshot, box, pages }: ApostilaInput): string {
  if (notes.length !== snapshot.slides.length)
    throw new Error(`Aula ${deck.number}: ${notes.length} slides nas notas, ${snapshot.slides.length} na visão de impressão.`)
  const label = (n: SlideNote) => n.title || `Slide ${n.no}`
  return renderApostilaPage({
    title: apostilaTitle(courseName, deck),
    courseName,
    deck,
    snapshot,
    box,
    slideWidth: SLIDE_WIDTH_ON_PAGE,
    intro: `${deck.topics.length ? `<ul class="ap-topics">${deck.topics.map(t => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` : ''}
    <p class="ap-intro">Apostila: cada slide da aula com as notas do professor, para estudar depois da aula.</p>`,
    entries: notes.map(n => ({ no: n.no, label: label(n) })),
    pages,
    sections: notes.map((n, i) => slideSection(n.no, label(n), snapshot.slides[i],
      `<div class="ap-notes">${n.note ? renderNote(n.note) : '<p class="ap-empty">(sem notas)</p>'}</div>`)).join(''),
    style: `
.ap-topics { margin: 0 0 6mm; padding-left: 5mm; list-style: disc; }
.ap-intro { color: ${color['muted']}; margin: 0 0 8mm; }
.ap-slide { break-inside: avoid; padding-bottom: 6mm; margin-bottom: 6mm; border-bottom: 0.75pt solid ${color['surface-2']}; }
.ap-frame { break-inside: avoid; }
.ap-notes { margin-top: 3.5mm; orphans: 3; widows: 3; }
.ap-notes p { margin: 0 0 2.5mm; }
.ap-notes ul, .ap-notes ol { margin: 0 0 2.5mm; padding-left: 6mm; }
.ap-notes code { font-family: 'JetBrains Mono', ui-monospace, monospace; font-size: 9pt; background: ${color['surface']}; padding: 0 1mm; border-radius: 2px; }
.ap-notes .click-step { display: inline-block; font-size: 8pt; font-weight: 600; color: #fff; background: ${color['primary']}; border-radius: 3px; padding: 0 1.5mm; margin-right: 1mm; line-height: 1.5; }
.ap-empty { color: ${color['muted']}; font-style: italic; }`,
  })
}

const require = createRequire(import.meta.url)
let interFace: string | undefined
/** Header/footer templates are drawn apart from the page and cannot see its web fonts: inline Inter. */
function headerFontFace(): string {
  interFace ??= ['400', '600'].map((weight) => {
    const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`)
    return `@font-face{font-family:'DD Inter';font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(file).toString('base64')}) format('woff2')}`
  }).join('')
  return interFace
}

export function headerTemplate(courseName: string, deck: Pick<Deck, 'number' | 'title'>): string {
  return `<style>${headerFontFace()}</style><div style="font-family:'DD Inter',sans-serif;font-size:8pt;color:${color['muted']};width:100%;margin:0 15mm;display:flex;justify-content:space-between;gap:6mm">`
    + `<span>${escapeHtml(courseName)}</span><span style="font-weight:600">Aula ${deck.number}: ${escapeHtml(deck.title)}</span></div>`
}

export function footerTemplate(): string {
  return `<style>${headerFontFace()}</style><div style="font-family:'DD Inter',sans-serif;font-size:8pt;color:${color['muted']};width:100%;text-align:center">`
    + 'Página <span class="pageNumber"></span> de <span class="totalPages"></span></div>'
}

/** Takes the styles and the slide markup from an open print view (see export-pdf.ts). */
export async function snapshotSlides(page: Page): Promise<SlidesSnapshot> {
  return page.evaluate(() => {
    const head = [...document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>('link[rel="stylesheet"], style')]
      .map(el => el instanceof HTMLLinkElement
        ? `<link rel="stylesheet" href="${el.href}">`
        // Slidev's print view sets @page to the slide size: the apostila has its own.
        : `<style>${(el.textContent ?? '').replace(/@page\s*\{[^}]*\}/g, '')}</style>`)
      .join('\n')
    const slides = [...document.querySelectorAll('.print-slide-container')].map((el) => {
      const shadowRoots = [...el.querySelectorAll('*')].flatMap(e => (e.shadowRoot ? [e.shadowRoot] : []))
      const shell = (el.cloneNode(false) as Element).outerHTML
      const close = shell.lastIndexOf('</')
      return shell.slice(0, close) + el.getHTML({ shadowRoots }) + shell.slice(close)
    })
    return { head, htmlClass: document.documentElement.className, slides }
  })
}

/**
 * Prints the apostila to `file` in a page of `context`, served at `url` (same origin as the deck, so
 * its styles and fonts load). Prints twice: the first printing tells on which page each slide starts,
 * the second has those pages in the contents.
 */
export async function printApostila(context: BrowserContext, url: string, input: Omit<ApostilaInput, 'pages'>, file: string): Promise<{ pages: number }> {
  return printHandout(context, url, { html: renderApostilaHtml(input), courseName: input.courseName, deck: input.deck, slideNos: input.notes.map(n => n.no) }, file)
}

export interface HandoutInput {
  /** The document, with a `.ap-toc-page` cell per slide and each slide's section at `#slide-N`. */
  html: string
  courseName: string
  deck: Pick<Deck, 'number' | 'title'>
  slideNos: number[]
}

/** Prints an A4 handout (either apostila) with header, footer and the contents' page numbers. */
export async function printHandout(context: BrowserContext, url: string, input: HandoutInput, file: string): Promise<{ pages: number }> {
  try {
    return await printHandoutOnce(context, url, input, file)
  }
  catch (error) {
    // Now and then (seen under parallel exports) the page never reports network idle: once more, in a new page.
    if ((error as Error).name !== 'TimeoutError') throw error
    console.warn(`↻ ${url}: a página da apostila não terminou de carregar; tentando de novo.`)
    return printHandoutOnce(context, url, input, file)
  }
}

async function printHandoutOnce(context: BrowserContext, url: string, input: HandoutInput, file: string): Promise<{ pages: number }> {
  const page = await context.newPage()
  const html = input.html
  await page.route(url, route => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }))
  const options = {
    format: 'A4' as const,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(input.courseName, input.deck),
    footerTemplate: footerTemplate(),
    outline: true,
    tagged: true,
  }
  const open = async () => {
    await page.goto(url, { waitUntil: 'networkidle' })
    await waitForDrawn(page)
    // The header's inlined font only shows if this page already loaded the same data (cache hit).
    await page.addStyleTag({ content: headerFontFace() })
    await page.evaluate(() => Promise.all(['400', '600'].map(w => document.fonts.load(`${w} 10px 'DD Inter'`))))
  }
  try {
    await open()
    const first = await page.pdf(options)
    const found = await pdfDestinationPages(first, input.slideNos.map(slideAnchor))
    const pages = input.slideNos.map(no => found.get(slideAnchor(no)) ?? 0)
    // Same markup renderApostilaHtml writes with `pages`; numbers sit in a fixed column, so filling
    // them in place changes no line break and saves loading the page again.
    await page.locator('.ap-toc-page').evaluateAll((cells, numbers) => {
      cells.forEach((cell, i) => { cell.textContent = numbers[i] ? String(numbers[i]) : '' })
    }, pages)
    const pdf = await page.pdf(options)
    await writeFile(file, pdf)
    return { pages: await pdfPageCount(pdf) }
  }
  finally {
    await page.close()
  }
}
