// What study mode takes from a deck's open print view (every slide at its last click), in one pass:
// each slide's visible text (the search index), its build-time Mermaid SVGs (the reader view) and,
// (pictures of the slides drawn by components: coverPicture(page, no) in slides-pdf.ts).
import type { Page } from 'playwright-chromium'
import { inspectPrintView } from '#scripts/export/slides-pdf'

export interface CapturedSlide {
  no: number
  texts: string[]
  /** Outer HTML of each build-time diagram's <svg>, in slide order. */
  diagrams: string[]
}

export async function captureSlides(page: Page): Promise<CapturedSlide[]> {
  // tsx (the build's runner) wraps named inner functions in `__name(…)`, which the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn')
  const printed = await inspectPrintView(page)
  const diagrams = await page.evaluate(() => [...document.querySelectorAll('.print-slide-container')]
    .map(slide => [...slide.querySelectorAll('.dd-mermaid svg')]
      .filter(svg => !svg.parentElement?.closest('svg'))
      .map(svg => svg.outerHTML)))
  return printed.map((slide, i) => ({ no: i + 1, texts: slide.texts, diagrams: diagrams[i] ?? [] }))
}
