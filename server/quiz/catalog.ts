// The course's questions, as the build wrote them to dist/perguntas.json (QuestionCatalog). Loaded
// once at start; the live server never serves the file (it holds the answers).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { QuestionId, type Question, type QuestionCatalog } from './protocol'

export const CATALOG_FILE = 'perguntas.json'

const QuestionSchema = v.object({
  id: QuestionId,
  deck: v.string(),
  slide: v.pipe(v.number(), v.integer(), v.minValue(1)),
  prompt: v.string(),
  options: v.pipe(v.array(v.string()), v.minLength(2), v.maxLength(6)),
  correct: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5))), v.minLength(1)),
  explanation: v.string(),
})
const CatalogSchema = v.record(v.string(), v.array(QuestionSchema))

export interface Catalog {
  /** The decks that have questions. */
  decks(): string[]
  /** The deck's questions in deck order (none for an unknown deck). */
  questions(deck: string): Question[]
  find(deck: string, id: string | null): Question | undefined
  /** Whether dist/perguntas.json was there. */
  found: boolean
  /** The Portuguese line of the startup banner. */
  line(): string
}

export function catalogFrom(data: QuestionCatalog, found = true): Catalog {
  const byDeck = new Map(Object.entries(data).map(([deck, list]) => [deck, new Map(list.map(q => [q.id, q]))]))
  const total = Object.values(data).reduce((n, list) => n + list.length, 0)
  return {
    decks: () => [...byDeck].filter(([, questions]) => questions.size > 0).map(([deck]) => deck),
    questions: deck => [...(byDeck.get(deck)?.values() ?? [])],
    find: (deck, id) => (id === null ? undefined : byDeck.get(deck)?.get(id)),
    found,
    line: () => !found
      ? `Perguntas ao vivo: nenhuma (falta dist/${CATALOG_FILE}; rode \`npm run build\`).`
      : `Perguntas ao vivo: ${total} (${Object.entries(data).map(([deck, list]) => `${deck}: ${list.length}`).join(', ') || 'nenhuma aula com perguntas'}).`,
  }
}

/** Reads dist/perguntas.json; a missing file means no questions, a broken one stops the start. */
export function loadCatalog(distDir: string): Catalog {
  const file = join(distDir, CATALOG_FILE)
  if (!existsSync(file)) return catalogFrom({}, false)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  }
  catch (error) {
    throw new Error(`${file} não é um JSON válido (${(error as Error).message}). Rode \`npm run build\` de novo.`)
  }
  const parsed = v.safeParse(CatalogSchema, raw)
  if (!parsed.success) throw new Error(`${file} não tem o formato das perguntas (${v.summarize(parsed.issues).split('\n')[0]}). Rode \`npm run build\` de novo.`)
  for (const [deck, list] of Object.entries(parsed.output)) {
    for (const q of list) {
      if (q.deck !== deck || q.correct.some(c => c >= q.options.length)) throw new Error(`${file}: a pergunta ${q.id} está inconsistente. Rode \`npm run build\` de novo.`)
    }
  }
  return catalogFrom(parsed.output)
}
