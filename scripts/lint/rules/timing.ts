// Time per slide: every slide's notes end with a hint `(~N min)`, and the hints of a deck add up
// to no more than its `duration` (headmatter; the course default in client/course.ts). A deck
// that runs long is cut or merged, not squeezed into smaller hints.
import { parseTimeString } from '@slidev/parser/utils'
import { timingHint } from '#client/presenter/timing'
import type { DeckView, Problem, SlideView } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

/**
 * Minutes of the hint that ends the notes, or undefined when they do not end with one. The value
 * is read by the one parser of hints (client/presenter/timing.ts, the presenter's pacing uses it);
 * here only its place is checked: the last thing on the notes' last line.
 */
export function finalHint(note: string): number | undefined {
  const lastLine = note.trim().split('\n').at(-1) ?? ''
  return /min\s*\)[\s.]*$/i.test(lastLine) ? timingHint(lastLine) : undefined
}

const shown = (slide: SlideView) => !slide.frontmatter.hide && !slide.frontmatter.disabled

/** 0-based line of the notes' last non-blank line (where the hint belongs). */
function noteEndLine(slide: SlideView): number {
  let last = slide.noteLine
  for (let i = slide.noteLine; i < slide.end; i++) {
    if (slide.fileLines[i].trim()) last = i
    if (slide.fileLines[i].includes('-->')) break
  }
  return last
}

/** `50min` → 50; Slidev's own parser reads the value, as its presenter timer does. */
export function durationMinutes(duration: unknown): number | undefined {
  if (typeof duration !== 'string' && typeof duration !== 'number') return undefined
  const seconds = parseTimeString(duration).seconds
  return Number.isFinite(seconds) && seconds > 0 ? seconds / 60 : undefined
}

function headmatterLine(deck: DeckView): number {
  const first = deck.slides[0]
  for (let i = first.start; i < first.contentStart; i++) {
    if (/^duration\s*:/.test(first.fileLines[i])) return i + 1
  }
  return first.start + 1
}

const format = (minutes: number) => String(Math.round(minutes * 10) / 10).replace('.', ',')

export function checkTiming(deck: DeckView): Problem[] {
  const problems: Problem[] = []
  let total = 0
  for (const slide of deck.slides.filter(shown)) {
    // A slide without notes is the notes rule's problem.
    if (slide.note === undefined) continue
    const minutes = finalHint(slide.note)
    if (minutes === undefined) {
      problems.push(slideProblem(deck, slide, noteEndLine(slide), 'as notas não terminam com a estimativa de tempo: acabe-as com "(~N min)", os minutos que este slide leva na aula'))
      continue
    }
    total += minutes
  }
  const duration = durationMinutes(deck.headmatter.duration)
  if (duration !== undefined && total > duration) {
    problems.push({
      file: deck.slides[0].file,
      line: headmatterLine(deck),
      message: `as estimativas de tempo das notas somam ${format(total)} min, mais que a duração da aula (duration: ${format(duration)} min): corte ou junte slides, em vez de encurtar as estimativas (${deck.id})`,
    })
  }
  return problems
}
