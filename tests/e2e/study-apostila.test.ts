// The student's apostila, read back with poppler and pdf.js as a student prints it: A4, every slide
// with its title, study text without stage directions, click markers or timing hints, ruled lines
// to write on (found in the rendered page's pixels), and the concept questions (```pergunta) with
// room to answer.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NOTE_LINES, studentApostilaFile } from '#scripts/export/apostila-aluno'
import { isReviewSlide, studyText } from '#scripts/export/study-text'
import { plainTitle } from '#scripts/export/notes'
import { listDecks, loadDeck } from '#scripts/site/decks'
import { pdfPageSizes, pdfPagesText, searchable } from '../support/pdf-text'
import { distDir } from '#scripts/site/paths'

const decks = await listDecks()
const MM = 72 / 25.4
const file = (id: string) => join(distDir(), 'pdf', studentApostilaFile(id))
const scratch = mkdtempSync(join(tmpdir(), 'dd-apostila-aluno-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Plain words of Markdown, as they print. */
const words = (markdown: string) => searchable(markdown.replace(/[`*_]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
/** Text compared without Markdown marks on either side (a question prints as code or as a component). */
const unmarked = (text: string) => searchable(text.replace(/[`*_]/g, ''))

/** Prompt and options of each ```pergunta fence in a slide's Markdown, read from the YAML's lines. */
function askedIn(content: string): Array<{ prompt: string, options: string[] }> {
  return [...content.matchAll(/^```pergunta\n([\s\S]*?)^```/gm)].map(([, yaml]) => {
    // A plain scalar goes on in more indented lines (not a `- ` item): join them to their key.
    const lines = yaml.split('\n').reduce<string[]>((out, line) => (out.length && /^\s+(?!- )\S/.test(line)
      ? [...out.slice(0, -1), `${out.at(-1)} ${line.trim()}`]
      : [...out, line]), [])
    return {
      prompt: lines.map(l => /^pergunta:\s*(.+)$/.exec(l)?.[1]).find(Boolean) ?? '',
      options: lines.map(l => /^\s+-\s+(.+)$/.exec(l)?.[1]).filter((o): o is string => Boolean(o)),
    }
  })
}

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
      // Review and question slides print their questions instead (the test below).
      if (isReviewSlide(plainTitle(slide.title ?? '')) || askedIn(slide.content).length) continue
      const first = studyText(slide.note ?? '').split('\n\n')[0]
      if (first) expect(text, `slide ${i + 1}`).toContain(words(first).slice(0, 60))
    }
    expect(text).not.toMatch(/\[click|\(~\d+min\)|\[mostre|\[pergunte|\[demonstra/)
    // The lecturer's apostila has them: the check above could fail.
    const lecturer = searchable((await pdfPagesText(readFileSync(join(distDir(), 'pdf', `${id}-apostila.pdf`)))).join(' '))
    expect(lecturer).toContain(searchable('clique 1'))
  })

  it('prints each concept question (its prompt and options) on its slide, with lines to write on', async () => {
    const pages = (await pdfPagesText(readFileSync(file(id)))).map(unmarked)
    const data = await loadDeck(deck.file)
    const slides = data.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
    const asked = slides.flatMap((slide, i) => askedIn(slide.content).map(q => ({ ...q, no: i + 1, heading: `Slide ${i + 1} ${plainTitle(slide.title ?? '')}` })))
    expect(asked.length, 'perguntas ```pergunta').toBeGreaterThanOrEqual(3)
    for (const q of asked) {
      const at = pages.findIndex(p => p.includes(unmarked(q.heading)) && p.includes(unmarked(q.prompt)))
      expect(at, `slide ${q.no}: ${q.prompt}`).toBeGreaterThanOrEqual(0)
      for (const option of q.options) expect(pages[at], `slide ${q.no}`).toContain(unmarked(option))
      // Lines to justify the answer before reading it (“Por que”).
      expect(ruledLines(file(id), at + 1), `slide ${q.no}`).toBeGreaterThanOrEqual(2)
    }
  })

  it('prints the answers and explanations of the questions at the end, not under each question', async () => {
    const pages = (await pdfPagesText(readFileSync(file(id)))).map(unmarked)
    const data = await loadDeck(deck.file)
    const explanations = data.slides.flatMap(s => [...s.content.matchAll(/^explicacao:\s*(.+)$/gm)].map(m => m[1]))
    expect(explanations.length).toBeGreaterThanOrEqual(3)
    const answersAt = pages.findIndex(p => p.includes(searchable('Respostas da revisão')))
    expect(answersAt).toBeGreaterThan(0)
    const before = pages.slice(0, answersAt).join(' ')
    const after = pages.slice(answersAt).join(' ')
    for (const first of explanations) {
      expect(after).toContain(unmarked(first))
      expect(before).not.toContain(unmarked(first))
    }
  })

  it('leaves ruled lines to write on under the slides', async () => {
    // Page 2 is the first page of slides (page 1 is the cover and contents).
    expect(ruledLines(file(id), 2)).toBeGreaterThanOrEqual(NOTE_LINES)
  })
})
