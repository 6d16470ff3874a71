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
import { palettes } from '#client/palette'

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


/** Printed on white paper: the light colours of the course palette. */
const color = palettes.light

export function slideAnchor(no: number): string {
  return `slide-${no}`
}

export function apostilaTitle(courseName: string, deck: Pick<Deck, 'number' | 'title'>): string {
  return `Apostila — Aula ${deck.number}: ${deck.title} — ${courseName}`
}

/** The apostila as one HTML document (pure: same input, same output). */
export function renderApostilaHtml({ courseName, deck, notes, snapshot, box, pages }: ApostilaInput): string {
  if (notes.length !== snapshot.slides.length)
    throw new Error(`Aula ${deck.number}: ${notes.length} slides nas notas, ${snapshot.slides.length} na visão de impressão.`)
  const scale = SLIDE_WIDTH_ON_PAGE / box.width
  const frameHeight = Math.ceil(box.height * scale)
  const label = (n: SlideNote) => n.title || `Slide ${n.no}`
  const toc = notes.map(n => `
      <li><a href="#${slideAnchor(n.no)}"><span class="ap-toc-no">${n.no}</span><span class="ap-toc-title">${escapeHtml(label(n))}</span><span class="ap-toc-page">${pages?.get(n.no) ?? ''}</span></a></li>`).join('')
  const sections = notes.map((n, i) => `
    <section class="ap-slide" id="${slideAnchor(n.no)}" aria-labelledby="${slideAnchor(n.no)}-h">
      <h2 id="${slideAnchor(n.no)}-h"><span class="ap-slide-no">Slide ${n.no}</span> ${escapeHtml(label(n))}</h2>
      <div class="ap-frame" role="img" aria-label="Slide ${n.no}: ${escapeHtml(label(n))}"><div class="ap-scale">${snapshot.slides[i]}</div></div>
      <div class="ap-notes">${n.note ? renderNote(n.note) : '<p class="ap-empty">(sem notas)</p>'}</div>
    </section>`).join('')

  return `<!doctype html>
<html lang="pt-BR" class="${escapeHtml(snapshot.htmlClass)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(apostilaTitle(courseName, deck))}</title>
${snapshot.head}
<style>
@page { size: A4 portrait; margin: 18mm 15mm 16mm; }
html, body, #app { height: auto !important; overflow: visible !important; background: #fff !important; }
body.apostila { margin: 0; color: ${color['text']}; font: 10.5pt/1.5 'Inter', ui-sans-serif, system-ui, sans-serif; }
.apostila h1, .apostila h2 { font-family: 'Inter', ui-sans-serif, sans-serif; color: ${color['primary']}; }
.ap-cover { break-after: page; }
.ap-course { text-transform: uppercase; letter-spacing: .12em; font-weight: 600; color: ${color['muted']}; margin: 0 0 4mm; }
.ap-cover h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 2mm; font-weight: 700; }
.ap-subtitle { font-size: 13pt; color: ${color['muted']}; margin: 0 0 4mm; }
.ap-topics { margin: 0 0 6mm; padding-left: 5mm; list-style: disc; }
.ap-intro { color: ${color['muted']}; margin: 0 0 8mm; }
.ap-toc h2 { font-size: 14pt; margin: 0 0 3mm; }
.ap-toc ol { list-style: none; margin: 0; padding: 0; }
.ap-toc li { break-inside: avoid; }
.ap-toc a { display: flex; gap: 3mm; align-items: baseline; color: ${color['text']}; text-decoration: none; padding: 1mm 0; border-bottom: 0.5pt dotted ${color['border']}; }
.ap-toc-no { width: 8mm; text-align: right; color: ${color['muted']}; font-variant-numeric: tabular-nums; }
.ap-toc-title { flex: 1; }
.ap-toc-page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
.ap-slide { break-inside: avoid; padding-bottom: 6mm; margin-bottom: 6mm; border-bottom: 0.75pt solid ${color['surface-2']}; }
.ap-slide h2 { font-size: 12pt; margin: 0 0 2.5mm; font-weight: 600; break-after: avoid; }
.ap-slide-no { color: ${color['accent']}; font-weight: 700; margin-right: 1.5mm; }
.ap-frame { width: ${SLIDE_WIDTH_ON_PAGE}px; height: ${frameHeight}px; overflow: hidden; border: 0.75pt solid ${color['border']}; border-radius: 4px; break-inside: avoid; }
.ap-scale { width: ${box.width}px; height: ${box.height}px; transform: scale(${scale.toFixed(5)}); transform-origin: 0 0; }
.ap-scale > .print-slide-container { break-after: auto !important; break-before: auto !important; }
.ap-notes { margin-top: 3.5mm; orphans: 3; widows: 3; }
.ap-notes p { margin: 0 0 2.5mm; }
.ap-notes ul, .ap-notes ol { margin: 0 0 2.5mm; padding-left: 6mm; }
.ap-notes code { font-family: 'JetBrains Mono', ui-monospace, monospace; font-size: 9pt; background: ${color['surface']}; padding: 0 1mm; border-radius: 2px; }
.ap-notes .click-step { display: inline-block; font-size: 8pt; font-weight: 600; color: #fff; background: ${color['primary']}; border-radius: 3px; padding: 0 1.5mm; margin-right: 1mm; line-height: 1.5; }
.ap-empty { color: ${color['muted']}; font-style: italic; }
</style>
</head>
<body class="apostila">
<main>
  <header class="ap-cover">
    <p class="ap-course">${escapeHtml(courseName)}</p>
    <h1>Aula ${deck.number}: ${escapeHtml(deck.title)}</h1>
    ${deck.subtitle ? `<p class="ap-subtitle">${escapeHtml(deck.subtitle)}</p>` : ''}
    ${deck.topics.length ? `<ul class="ap-topics">${deck.topics.map(t => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` : ''}
    <p class="ap-intro">Apostila: cada slide da aula com as notas do professor, para estudar depois da aula.</p>
    <nav class="ap-toc" aria-label="Sumário">
      <h2>Sumário</h2>
      <ol>${toc}
      </ol>
    </nav>
  </header>${sections}
</main>
</body>
</html>
`
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
