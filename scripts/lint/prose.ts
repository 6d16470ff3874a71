// The prose of a Markdown file, line for line: what students and the lecturer read (slide text,
// Mermaid labels, speaker notes, and the title/subtitle/topics of a frontmatter), with code,
// tags, URLs and YAML keys blanked out. Italics (foreign terms, cited titles) and reference slides
// are set apart: they may be in English.
import type { SourceSlideInfo } from '@slidev/types'
import { proseOf } from './markdown'

const PROSE_KEYS = /^(\s*(?:title|subtitle|name)\s*:\s*)(.*)$/
const REFERENCE_TITLE = /^(refer[êe]ncias|fontes|bibliografia|para saber mais|leituras)/i
/** `*Title of a work*`, `***Title***`, `_Title_` — not `**bold**`. */
const ITALIC = /(?<![*\w])(\*\*\*|\*|_)(?![\s*_])([^*_\n]+?)(?<![\s*_])\1(?![*\w])/g

function frontmatterProse(lines: string[]): string[] {
  let inTopics = false
  return lines.map((line) => {
    const key = PROSE_KEYS.exec(line)
    if (key) {
      inTopics = false
      return ' '.repeat(key[1].length) + key[2].replace(/^["']|["']$/g, ' ')
    }
    if (/^topics\s*:/.test(line)) {
      inTopics = true
      return ' '.repeat(line.length)
    }
    const item = /^(\s+-\s+)(.*)$/.exec(line)
    if (inTopics && item) return ' '.repeat(item[1].length) + item[2].replace(/^["']|["']$/g, ' ')
    if (/^\S/.test(line)) inTopics = false
    return ' '.repeat(line.length)
  })
}

export interface FileProse {
  /** Prose for the contêiner rule: cited titles (italic, three words or more) blanked. */
  prose: string[]
  /** Prose for the Portuguese spell check: every italic span blanked (foreign words go in italics). */
  portuguese: string[]
  /** Text that may be English: italic spans, and reference slides whole. */
  foreign: string[]
  /** Prose the course writes itself, for the term rule: reference slides (the sources' own titles) blanked, italics kept. */
  ours: string[]
}

/** A line's italic spans, split into cited titles (three words or more) and single foreign terms. */
export function splitItalics(line: string): { withoutTitles: string, withoutItalics: string, italics: string } {
  let withoutTitles = line
  let withoutItalics = line
  let italics = ' '.repeat(line.length)
  const cut = (text: string, from: number, to: number) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to)
  for (const match of line.matchAll(ITALIC)) {
    const from = match.index
    const to = from + match[0].length
    withoutItalics = cut(withoutItalics, from, to)
    italics = italics.slice(0, from) + line.slice(from, to) + italics.slice(to)
    if (match[2].trim().split(/\s+/).length >= 3) withoutTitles = cut(withoutTitles, from, to)
  }
  return { withoutTitles, withoutItalics, italics }
}

/** Prose of a whole file (same line count), given its parsed slides. */
export function fileProse(lines: string[], slides: SourceSlideInfo[]): FileProse {
  const text = lines.map(line => ' '.repeat(line.length))
  const references = new Set<number>()
  for (const slide of slides) {
    frontmatterProse(lines.slice(slide.start, slide.contentStart)).forEach((line, i) => { text[slide.start + i] = line })
    proseOf(lines.slice(slide.contentStart, slide.end)).forEach((line, i) => { text[slide.contentStart + i] = line })
    if (REFERENCE_TITLE.test(String(slide.title ?? '').trim())) {
      for (let i = slide.contentStart; i < slide.end; i++) references.add(i)
    }
  }
  const result: FileProse = { prose: [], portuguese: [], foreign: [], ours: [] }
  text.forEach((line, i) => {
    const { withoutTitles, withoutItalics, italics } = splitItalics(line)
    const reference = references.has(i)
    result.prose.push(withoutTitles)
    result.portuguese.push(reference ? ' '.repeat(line.length) : withoutItalics)
    result.foreign.push(reference ? line : italics)
    result.ours.push(reference ? ' '.repeat(line.length) : withoutTitles)
  })
  return result
}
