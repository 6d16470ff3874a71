// What a student reads of the speaker notes: the spoken text without stage directions ("[Mostre …]"),
// click markers or timing hints; each aula's planned duration (the sum of its `(~N min)` hints); the
// review slide's questions with the answers its notes give, one per `[click]`. Timing hints are read
// by their one parser, client/presenter/timing.ts.
import { TIMING_HINT, timingHint } from '#client/presenter/timing'

const CLICK = /\[click(?::\d+)?\]/gi
/** `[Pergunte à turma: …]`, `[Demonstração: …]` — anything in brackets but a click marker or a Markdown link. */
const STAGE = /\[(?!click\b)[^\][]*\](?!\()/gi

/** Minutes the notes plan for a slide (0 when they give no hint). */
export function timingMinutes(note: string): number {
  return timingHint(note) ?? 0
}

/** A deck's planned minutes: the sum of its slides' hints. */
export function plannedMinutes(notes: Array<{ note: string }>): number {
  return Math.round(notes.reduce((sum, n) => sum + timingMinutes(n.note), 0) * 10) / 10
}

/** `50` → `50 min`; `75` → `1 h 15 min`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes)
  if (whole < 60) return `${whole} min`
  return whole % 60 ? `${Math.floor(whole / 60)} h ${whole % 60} min` : `${whole / 60} h`
}

/** The note's Markdown as a student reads it: no stage directions, click markers or timing hints. */
export function studyText(note: string): string {
  return note
    .replace(STAGE, '')
    .replace(CLICK, '')
    .replace(TIMING_HINT, '')
    .split(/\n{2,}/)
    .map(paragraph => paragraph.replace(/[ \t]+/g, ' ').replace(/ +([.,;:!?])/g, '$1').trim())
    .filter(paragraph => /[\p{L}\d]/u.test(paragraph))
    .join('\n\n')
}

export interface ReviewItem {
  question: string
  /** Markdown of the answer, '' when the notes give none. */
  answer: string
}

const REVIEW_TITLE = /revis[aã]o/i
/** `1. Pergunta`, `- Pergunta` at the start of a line. */
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*])\s+(.+)$/gm

export function isReviewSlide(title: string): boolean {
  return REVIEW_TITLE.test(title)
}

/** The review slide's questions (its list items) paired with the notes' text after each `[click]`. */
export function reviewItems(content: string, note: string): ReviewItem[] {
  const questions = [...content.replace(/<!--[\s\S]*?-->/g, '').matchAll(LIST_ITEM)].map(m => m[1].trim())
  const answers = note.split(CLICK).slice(1).map(studyText)
  return questions.map((question, i) => ({ question, answer: answers[i] ?? '' }))
}
