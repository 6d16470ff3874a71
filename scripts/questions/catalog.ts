// The questions of every deck, as the live server reads them: `npm run build` writes
// dist/perguntas.json (QuestionCatalog). The lint has already refused a broken question; here one
// still throws, with its deck and slide, rather than be left out silently.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Question, QuestionCatalog } from '#server/quiz/protocol'
import { CATALOG_FILE } from '#server/quiz/catalog'
import { loadDeck, type Deck } from '#scripts/site/decks'
import { findQuestions } from './parse'

export { CATALOG_FILE }

/** The questions of a deck's slides (in presentation order, hidden slides already left out). */
export function questionsOfSlides(deck: string, slides: Array<{ content: string }>): Question[] {
  return slides.flatMap(({ content }, i) => findQuestions(content).map((fence) => {
    if (!fence.question) throw new Error(`${deck}, slide ${i + 1}: pergunta inválida: ${fence.problems.map(p => p.message).join('; ')}`)
    return { ...fence.question, deck, slide: i + 1 }
  }))
}

export async function deckQuestions(deck: Pick<Deck, 'id' | 'file'>): Promise<Question[]> {
  const data = await loadDeck(deck.file)
  return questionsOfSlides(deck.id, data.slides)
}

export async function buildCatalog(decks: Array<Pick<Deck, 'id' | 'file'>>): Promise<QuestionCatalog> {
  const catalog: QuestionCatalog = {}
  for (const deck of decks) catalog[deck.id] = await deckQuestions(deck)
  return catalog
}

/** Writes `<siteDir>/perguntas.json`; returns how many questions it holds. */
export async function writeCatalog(siteDir: string, decks: Array<Pick<Deck, 'id' | 'file'>>): Promise<number> {
  const catalog = await buildCatalog(decks)
  writeFileSync(join(siteDir, CATALOG_FILE), `${JSON.stringify(catalog, null, 2)}\n`)
  return Object.values(catalog).reduce((sum, questions) => sum + questions.length, 0)
}
