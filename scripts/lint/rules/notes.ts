// Speaker notes: every slide has them (the last <!-- --> of the slide); content slides need at
// least 40 words, enough for a lecturer to say; cover, section, references and end may be short.
import type { DeckView, Problem, SlideView } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

export const MIN_NOTE_WORDS = 40
const SHORT_LAYOUTS = new Set(['cover', 'intro', 'end', 'section'])
const SHORT_TITLES = /^(refer[êe]ncias|fontes|bibliografia|fim|obrigad[oa])/i

export function countWords(text: string): number {
  // Click markers and the timing hint `(~N min)` are not words the lecturer says.
  const prose = text.replace(/\[click(?::\d+)?\]/gi, ' ').replace(/\(~[^)]*min\)/g, ' ').replace(/`[^`]*`/g, ' x ')
  return prose.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** Slides whose notes may be brief: the cover, section breaks, references and the closing slide. */
export function mayHaveShortNotes(slide: SlideView): boolean {
  return slide.no === 1 || SHORT_LAYOUTS.has(slide.layout) || SHORT_TITLES.test(String(slide.info.title ?? '').trim())
}

/** 0-based line of the slide's first non-blank content line (its heading, usually). */
export function firstContentLine(slide: SlideView): number {
  for (let i = slide.contentStart; i < slide.end; i++) {
    if (slide.fileLines[i]?.trim()) return i
  }
  return slide.start
}

export function checkNotes(deck: DeckView): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    if (slide.note === undefined) {
      problems.push(slideProblem(deck, slide, firstContentLine(slide), 'slide sem notas do apresentador: termine o slide com um comentário <!-- … --> dizendo o que falar à turma'))
      continue
    }
    const words = countWords(slide.note)
    if (!mayHaveShortNotes(slide) && words < MIN_NOTE_WORDS) {
      problems.push(slideProblem(deck, slide, slide.noteLine, `notas do apresentador curtas demais: ${words} palavras; um slide de conteúdo pede pelo menos ${MIN_NOTE_WORDS} (o que dizer, o que perguntar à turma, quanto tempo)`))
    }
  }
  return problems
}
