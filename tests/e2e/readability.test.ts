// Readable from the back row: every slide of every built deck at its last click, measured in
// pixels of the 980×552 canvas. Body text ≥ 24 px; code, diagram labels and component text
// ≥ 20 px; at most WORD_LIMIT words; no text outside the canvas or over the footer. The footer
// (course, aula, slide number) is not measured. First, the measure itself on a fixture that
// breaks every rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDecks, projectRoot } from '#scripts/site/decks'
import { measurePage, measureSlide, slideProblems, type SlideMeasure, type TextKind } from '../support/readability'
import { openSite, type Site } from '../support/site'

let site: Site
beforeAll(async () => { site = await openSite() })
afterAll(async () => { await site?.close() })

describe('the measure', () => {
  it('finds every text too small, through transforms, zoom and SVG scaling, and skips what is not seen', async () => {
    const { context } = await site.newContext({ viewport: { width: 800, height: 600 } })
    const { page } = await site.newPage(context)
    await page.setContent(readFileSync(join(projectRoot, 'tests/fixtures/readability/slide.html'), 'utf8'))
    const measure = await measurePage(page)
    await context.close()

    expect(measure.samples.map(s => [s.kind, s.px, s.text])).toEqual([
      ['body', 40, 'Um título grande'],
      ['body', 20, 'corpo pequeno demais'],
      ['code', 16, 'docker run'],
      ['body', 15, 'encolhido pela metade'],
      ['body', 28, 'ampliado pelo zoom'],
      ['component', 18, 'componente miúdo'],
      ['component', 22, 'componente legível'],
      ['diagram', 15, 'rótulo'],
      ['body', 30, 'fora do canvas'],
      ['body', 30, 'sobre o rodapé'],
    ])
    expect(measure.words).toBe(25)
    expect(slideProblems(measure, undefined, 20)).toEqual([
      'texto a 20 px (< 24): “corpo pequeno demais”',
      'código a 16 px (< 20): “docker run”',
      'texto a 15 px (< 24): “encolhido pela metade”',
      'texto de componente a 18 px (< 20): “componente miúdo”',
      'rótulo de diagrama a 15 px (< 20): “rótulo”',
      '25 palavras (> 20)',
      'texto fora do slide: “fora do canvas”',
      'texto sobre o rodapé: “sobre o rodapé”',
    ])
  })
})

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One line per deck for the log: median words and the smallest size of each kind of text. */
function summary(deck: string, measures: SlideMeasure[]): string {
  const kinds: TextKind[] = ['body', 'code', 'diagram', 'component']
  const smallest = kinds.map((kind) => {
    const sizes = measures.flatMap(m => m.samples.filter(s => s.kind === kind).map(s => s.px))
    return `${kind} ≥ ${sizes.length ? Math.min(...sizes) : '—'} px`
  })
  return `${deck}: mediana ${median(measures.map(m => m.words))} palavras (máx. ${Math.max(...measures.map(m => m.words))}); ${smallest.join(', ')}`
}

describe('every slide of every deck, at its last click', async () => {
  for (const deck of await listDecks()) {
    it(`${deck.id}: text sizes, word count and canvas`, async () => {
      const { context } = await site.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })
      const { page } = await site.newPage(context)
      const measures: SlideMeasure[] = []
      const problems: string[] = []
      for (let no = 1; no <= deck.slideCount; no++) {
        const measure = await measureSlide(page, `${site.origin}${site.base}${deck.id}/`, no)
        measures.push(measure)
        problems.push(...slideProblems(measure).map(p => `${deck.id}, slide ${no}: ${p}`))
      }
      await context.close()
      console.info(summary(deck.id, measures))
      expect(problems, `${deck.file}: slides difíceis de ler do fundo da sala`).toEqual([])
    })
  }
})
