// Measures what a slide shows at its last click, as the back row sees it: the size of every
// rendered text in pixels of the 980×552 canvas (HTML text through its transforms and zoom, SVG
// text through its screen matrix) and the number of words. The footer (course, aula, slide number)
// is left out: it is there for the lecturer, not to be read from the room.
import type { Page } from 'playwright-chromium'

/** body: slide text (headings, lists, tables, callouts); code: `code`/`pre`; diagram: SVG text; component: HTML text drawn by a component. */
export type TextKind = 'body' | 'code' | 'diagram' | 'component'

export interface TextSample {
  kind: TextKind
  /** Font size in canvas pixels, rounded to 0.1. */
  px: number
  /** Words in this text. */
  words: number
  /** The text, trimmed (for messages). */
  text: string
}

export interface SlideMeasure {
  samples: TextSample[]
  /** Words on the slide at its last click, code and diagram labels included. */
  words: number
  /** Texts drawn (partly) outside the canvas. */
  overflow: string[]
  /** Texts drawn (partly) over the footer's box: a slide too full for its canvas. */
  overFooter: string[]
}

/** Runs in the page: measures the slide on screen. */
function measureInPage(): SlideMeasure {
  const content = document.querySelector<HTMLElement>('#slide-content')
  const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')]
    .find(el => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
  if (!content || !slide) throw new Error('nenhum slide visível')
  const canvas = content.getBoundingClientRect()
  const slideScale = canvas.width / content.offsetWidth
  const layout = slide.querySelector('.slidev-layout')
  const layoutScopes = new Set(layout ? [...layout.attributes].map(a => a.name).filter(n => n.startsWith('data-v-')) : [])

  const wordsOf = (text: string) => text.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
  const matrixScale = (transform: string) => {
    if (!transform || transform === 'none') return 1
    const m = new DOMMatrixReadOnly(transform)
    return Math.sqrt(Math.abs(m.a * m.d - m.b * m.c))
  }
  /** Canvas pixels per CSS pixel of an HTML element: its ancestors' transforms and zoom, up to the canvas. */
  const htmlScale = (el: Element): number => {
    let scale = 1
    for (let node: Element | null = el; node && node !== content; node = node.parentElement) {
      if (node instanceof SVGForeignObjectElement) {
        const ctm = node.getScreenCTM()
        return scale * (ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1) / slideScale
      }
      const style = getComputedStyle(node)
      scale *= matrixScale(style.transform) * (Number.parseFloat(style.zoom) || 1)
    }
    return scale
  }
  const inComponent = (el: Element) => {
    for (let node: Element | null = el; node && node !== layout; node = node.parentElement) {
      if ([...node.attributes].some(a => a.name.startsWith('data-v-') && !layoutScopes.has(a.name))) return true
    }
    return false
  }

  /** Inside a box clipped to nothing (screen-reader-only text): not seen. */
  const clippedAway = (el: Element) => {
    for (let node: Element | null = el; node && node !== slide; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.clip !== 'auto' && style.position === 'absolute') return true
      const box = node.getBoundingClientRect()
      if (style.overflow !== 'visible' && (box.width < 2 || box.height < 2)) return true
    }
    return false
  }

  const footers = [...slide.querySelectorAll('.dd-footer')].map(f => f.getBoundingClientRect()).filter(r => r.width && r.height)
  const samples: TextSample[] = []
  const overflow: string[] = []
  const overFooter: string[] = []
  let words = 0
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    const el: Element | null = node.parentElement
    if (!text || !el || el.closest('.dd-footer, style, script, title, desc')) continue
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || clippedAway(el)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter(r => r.width >= 2 && r.height >= 2)
    if (!rects.length) continue
    const fontSize = Number.parseFloat(getComputedStyle(el).fontSize)
    let kind: TextKind
    let px: number
    if (el instanceof SVGElement) {
      const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null
      px = fontSize * (ctm ? Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) : 1) / slideScale
      kind = 'diagram'
    }
    else {
      px = fontSize * htmlScale(el)
      kind = el.closest('code, pre') ? 'code' : inComponent(el) ? 'component' : 'body'
    }
    const n = wordsOf(text)
    words += n
    samples.push({ kind, px: Math.round(px * 10) / 10, words: n, text: text.slice(0, 60) })
    const out = rects.some(r => r.left < canvas.left - 1 || r.top < canvas.top - 1 || r.right > canvas.right + 1 || r.bottom > canvas.bottom + 1)
    if (out) overflow.push(text.slice(0, 60))
    const onFooter = rects.some(r => footers.some(f => r.bottom > f.top + 1 && r.top < f.bottom - 1 && r.right > f.left && r.left < f.right))
    if (onFooter) overFooter.push(text.slice(0, 60))
  }
  return { samples, words, overflow, overFooter }
}

export interface Floors { body: number, code: number, diagram: number, component: number }

/** DESIGN.md: body ≥ 24 px; code, diagram labels and component text ≥ 20 px. */
export const FLOORS: Floors = { body: 24, code: 20, diagram: 20, component: 20 }

/**
 * Most words a slide may carry at its last click. The aim is about 45 (TERMS.md); the hard limit
 * leaves 5 words for what a count cannot judge (a two-word command, a date, a unit, a figure's
 * axis), so a slide at 46–50 is a warning to the author and one at 51 is a paragraph that belongs
 * in the notes.
 */
export const WORD_LIMIT = 50

export const KIND_NAMES: Record<TextKind, string> = {
  body: 'texto',
  code: 'código',
  diagram: 'rótulo de diagrama',
  component: 'texto de componente',
}

/** Measures the slide on screen. */
export function measurePage(page: Page): Promise<SlideMeasure> {
  // As source text: a transpiler that keeps function names (tsx) wraps them in a `__name` helper
  // that exists in Node, not in the page.
  return page.evaluate(`(() => { const __name = f => f; return (${measureInPage.toString()})() })()`) as Promise<SlideMeasure>
}

/** Opens slide `no` of a built deck at its last click and measures it. */
export async function measureSlide(page: Page, deckUrl: string, no: number): Promise<SlideMeasure> {
  await page.goto(`${deckUrl}${no}?clicks=999`, { waitUntil: 'networkidle' })
  await page.locator(`#slide-content .slidev-page-${no}`).waitFor()
  await page.evaluate(() => document.fonts.ready)
  return measurePage(page)
}

/** What breaks the rules on one slide, in Portuguese: one line per kind and size of text too small. */
export function slideProblems(measure: SlideMeasure, floors = FLOORS, wordLimit = WORD_LIMIT): string[] {
  const small = new Map<string, TextSample[]>()
  for (const s of measure.samples) {
    if (s.px >= floors[s.kind] - 0.05) continue
    const key = `${KIND_NAMES[s.kind]} a ${s.px} px (< ${floors[s.kind]})`
    small.set(key, [...small.get(key) ?? [], s])
  }
  const problems = [...small].map(([key, samples]) => {
    const more = samples.length > 1 ? ` e mais ${samples.length - 1} trecho(s)` : ''
    return `${key}: “${samples[0].text}”${more}`
  })
  if (measure.words > wordLimit) problems.push(`${measure.words} palavras (> ${wordLimit})`)
  if (measure.overflow.length) {
    const more = measure.overflow.length > 1 ? ` e mais ${measure.overflow.length - 1} trecho(s)` : ''
    problems.push(`texto fora do slide: “${measure.overflow[0]}”${more}`)
  }
  if (measure.overFooter.length) {
    const more = measure.overFooter.length > 1 ? ` e mais ${measure.overFooter.length - 1} trecho(s)` : ''
    problems.push(`texto sobre o rodapé: “${measure.overFooter[0]}”${more}`)
  }
  return problems
}
