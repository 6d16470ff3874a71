// The course search, shared by the build (which indexes) and the browser (which queries): one
// document per slide, accents and case folded the same way on both sides, so "conteiner" finds
// "contêiner". MiniSearch (7 KB gzip, runs in Node and the browser, index as plain JSON).
import MiniSearch, { type Options, type SearchResult } from 'minisearch'

export interface SlideDoc {
  /** `aula-3/7` */
  id: string
  deck: string
  aula: number
  /** 1-based slide number: the deck's URL `/aula-3/7`. */
  no: number
  title: string
  /** What the slide shows at its last click, code included. */
  text: string
  /** Speaker notes as spoken text ('' in a notes-free index). */
  notes: string
}

/** Lower case, without diacritics: `Contêiner` → `conteiner`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export const SEARCH_FIELDS = ['title', 'text', 'notes'] as const

export const searchOptions: Options<SlideDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['deck', 'aula', 'no', 'title', 'text', 'notes'],
  processTerm: term => fold(term),
  searchOptions: {
    boost: { title: 3, text: 2, notes: 1 },
    prefix: true,
    fuzzy: term => (term.length > 5 ? 0.2 : false),
    combineWith: 'AND',
  },
}

export function buildIndex(docs: SlideDoc[]): MiniSearch<SlideDoc> {
  const index = new MiniSearch<SlideDoc>(searchOptions)
  index.addAll(docs)
  return index
}

export function loadIndex(json: string): MiniSearch<SlideDoc> {
  return MiniSearch.loadJSON<SlideDoc>(json, searchOptions)
}

export interface Hit {
  id: string
  deck: string
  aula: number
  no: number
  title: string
  /** A window of the matching text, `[start, end)` ranges of the matched words within it. */
  snippet: string
  marks: Array<[number, number]>
  /** The match is only in the notes. */
  inNotes: boolean
}

export interface HitGroup {
  deck: string
  aula: number
  hits: Hit[]
}

const SNIPPET = 140

/** A window of `text` around the first matched term, with every matched term's position in it. */
export function snippet(text: string, terms: string[]): { snippet: string, marks: Array<[number, number]> } {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  const folded = fold(flat)
  // Composed Portuguese letters fold to one code unit each, so positions in `folded` hold in `flat`.
  const shown = folded.length === flat.length ? flat : folded
  const wanted = [...new Set(terms.map(fold).filter(Boolean))]
  const found = wanted.map(t => folded.indexOf(t)).filter(i => i >= 0)
  const first = found.length ? Math.min(...found) : 0
  let from = Math.max(0, first - 40)
  const space = folded.indexOf(' ', from)
  if (from > 0 && space >= 0 && space < first) from = space + 1
  const end = Math.min(flat.length, from + SNIPPET)
  const piece = folded.slice(from, end)
  const prefix = from > 0 ? '…' : ''
  const marks: Array<[number, number]> = []
  for (const term of wanted) {
    for (let i = piece.indexOf(term); i >= 0; i = piece.indexOf(term, i + term.length))
      marks.push([i + prefix.length, i + prefix.length + term.length])
  }
  marks.sort((a, b) => a[0] - b[0])
  return { snippet: `${prefix}${shown.slice(from, end)}${end < flat.length ? '…' : ''}`, marks }
}

function toHit(result: SearchResult): Hit {
  const terms = result.terms
  const fieldsHit = new Set(Object.values(result.match).flat())
  const inSlide = fieldsHit.has('text') || fieldsHit.has('title')
  const source = inSlide ? String(result.text) : String(result.notes)
  return {
    id: String(result.id),
    deck: String(result.deck),
    aula: Number(result.aula),
    no: Number(result.no),
    title: String(result.title),
    ...snippet(source, terms),
    inNotes: !inSlide,
  }
}

/** Up to `limit` hits, grouped by aula in course order, each group in slide order. */
export function searchCourse(index: MiniSearch<SlideDoc>, query: string, limit = 30): HitGroup[] {
  if (!query.trim()) return []
  const hits = index.search(query).slice(0, limit).map(toHit)
  const groups = new Map<string, HitGroup>()
  for (const hit of hits) {
    const group = groups.get(hit.deck) ?? { deck: hit.deck, aula: hit.aula, hits: [] }
    group.hits.push(hit)
    groups.set(hit.deck, group)
  }
  return [...groups.values()]
    .sort((a, b) => a.aula - b.aula)
    .map(g => ({ ...g, hits: g.hits.sort((a, b) => a.no - b.no) }))
}
