// The ```pergunta fences (live questions): every mistake the parser finds (scripts/questions/), one
// question per slide, ids that start with the aula's prefix (a1-, a2-…) and are unique in the course.
import { findQuestions } from '#scripts/questions/parse'
import type { DeckView, Problem } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

/** Where each id was first seen, across the decks linted together (`slides/aula-1.md:12 (aula-1, slide 3)`). */
export type QuestionIds = Map<string, string>

export function checkQuestions(deck: DeckView, ids: QuestionIds = new Map()): Problem[] {
  const problems: Problem[] = []
  const prefix = `a${deck.id.replace(/^aula-/, '')}-`
  for (const slide of deck.slides) {
    const fences = findQuestions(slide.fileLines.slice(slide.contentStart, slide.end).join('\n'))
    fences.forEach((fence, i) => {
      const at = (line: number) => slide.contentStart + line
      for (const p of fence.problems) problems.push(slideProblem(deck, slide, at(p.line), p.message))
      if (i > 0) problems.push(slideProblem(deck, slide, at(fence.line), 'mais de uma pergunta no slide: ponha cada ```pergunta num slide só dela'))
      if (!fence.id) return
      const where = `${slide.file}:${at(fence.idLine) + 1} (${deck.id}, slide ${slide.no})`
      if (/^aula-\d+$/.test(deck.id) && !fence.id.startsWith(prefix))
        problems.push(slideProblem(deck, slide, at(fence.idLine), `id "${fence.id}" deve começar com "${prefix}", o prefixo desta aula`))
      const first = ids.get(fence.id)
      if (first && first !== where) problems.push(slideProblem(deck, slide, at(fence.idLine), `id "${fence.id}" repetido: já usado em ${first}; cada pergunta precisa de um id único no curso`))
      else ids.set(fence.id, where)
    })
  }
  return problems
}
