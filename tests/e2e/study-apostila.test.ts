// The student's apostila, read back with poppler and pdf.js as a student prints it: A4, every slide
// with its title, study text without stage directions, click markers or timing hints, ruled lines
// to write on (found in the rendered page's pixels), the review questions with room to answer,
// and the answers at the end.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ANSWER_LINES, NOTE_LINES, studentApostilaFile } from '#scripts/export/apostila-aluno'
import { isReviewSlide, reviewItems, studyText } from '#scripts/export/study-text'
import { plainTitle } from '#scripts/export/notes'
import { listDecks, loadDeck } from '#scripts/site/decks'
import { pdfPageSizes, pdfPagesText, searchable } from '#scripts/export/pdf-text'
import { distDir } from '#scripts/site/paths'

const decks = await listDecks()
const MM = 72 / 25.4
const file = (id: string) => join(distDir, 'pdf', studentApostilaFile(id))
const scratch = mkdtempSync(join(tmpdir(), 'dd-apostila-aluno-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Plain words of Markdown, as they print. */
const words = (markdown: string) => searchable(markdown.replace(/[`*_]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))

/**
 * Ruled lines on a page: rows of a 100 dpi greyscale render crossed by a run of mid-grey pixels
 * over 80 % of the page width — the full text column (the slide frame is narrower), once per line.
 */
function ruledLines(pdf: string, page: number): number {
  const out = join(scratch, `p${page}`)
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '100', '-gray', pdf, out])
  const pgm = readFileSync(execFileSync('sh', ['-c', `ls ${out}*.pgm`]).toString().trim())
  const header = pgm.toString('latin1', 0, 20).split(/\s+/)
  const [width, height] = [Number(header[1]), Number(header[2])]
  const data = pgm.subarray(pgm.length - width * height)
  let lines = 0
  let previous = false
  for (let y = 0; y < height; y++) {
    let run = 0
    let best = 0
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]
      run = v > 90 && v < 215 ? run + 1 : 0
      best = Math.max(best, run)
    }
    const rule = best > width * 0.8
    if (rule && !previous) lines++
    previous = rule
  }
  return lines
}

describe.each(decks.map(deck => [deck.id, deck] as const))('%s-apostila-aluno.pdf', (id, deck) => {
  it('is A4 and shows every slide with its study text, never the stage directions, click markers or timings', async () => {
    const pdf = readFileSync(file(id))
    for (const { width, height } of await pdfPageSizes(pdf)) {
      expect(width).toBeCloseTo(210 * MM, 0)
      expect(height).toBeCloseTo(297 * MM, 0)
    }
    const text = searchable((await pdfPagesText(pdf)).join(' '))
    const data = await loadDeck(deck.file)
    const slides = data.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
    expect(slides).toHaveLength(deck.slideCount)
    for (const [i, slide] of slides.entries()) {
      expect(text, `slide ${i + 1}`).toContain(searchable(`Slide ${i + 1} ${plainTitle(slide.title ?? '')}`))
      if (isReviewSlide(plainTitle(slide.title ?? ''))) continue
      const first = studyText(slide.note ?? '').split('\n\n')[0]
      if (first) expect(text, `slide ${i + 1}`).toContain(words(first).slice(0, 60))
    }
    expect(text).not.toMatch(/\[click|\(~\d+min\)|\[mostre|\[pergunte|\[demonstra/)
    // The lecturer's apostila has them: the check above could fail.
    const lecturer = searchable((await pdfPagesText(readFileSync(join(distDir, 'pdf', `${id}-apostila.pdf`)))).join(' '))
    expect(lecturer).toContain(searchable('clique 1'))
  })

  it('has the review questions with room to answer, and their answers at the end', async () => {
    const pages = (await pdfPagesText(readFileSync(file(id)))).map(searchable)
    const data = await loadDeck(deck.file)
    const review = data.slides.find(s => isReviewSlide(plainTitle(s.title ?? '')))!
    const items = reviewItems(review.content, review.note ?? '')
    expect(items.length).toBeGreaterThanOrEqual(3)
    const answersAt = pages.findIndex(p => p.includes(searchable('Respostas da revisão')))
    expect(answersAt).toBeGreaterThan(0)
    const before = pages.slice(0, answersAt).join(' ')
    const after = pages.slice(answersAt).join(' ')
    for (const item of items) {
      expect(before).toContain(words(item.question))
      expect(after).toContain(words(item.question))
      // An answer is the notes' text after that question's [click] (a deck may still lack some).
      if (!item.answer) continue
      expect(after).toContain(words(item.answer).slice(0, 50))
      expect(before).not.toContain(words(item.answer).slice(0, 50))
    }
    // Ruled lines under the review questions (the first two at least share the page).
    const reviewPage = pages.findIndex(p => p.includes(words(items[0].question))) + 1
    expect(ruledLines(file(id), reviewPage)).toBeGreaterThanOrEqual(ANSWER_LINES * Math.min(2, items.length))
  })

  it('leaves ruled lines to write on under the slides', async () => {
    // Page 2 is the first page of slides (page 1 is the cover and contents).
    expect(ruledLines(file(id), 2)).toBeGreaterThanOrEqual(NOTE_LINES)
  })
})
