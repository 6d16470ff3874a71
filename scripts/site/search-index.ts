// The course search index (client/study/search-core.ts), written at build time: one document per
// slide — its title, what it shows at the last click (code included, from the print view) and, in
// a build with notes, the notes as spoken text. A build with notes also writes the notes-free
// index the live server gives students (alunos/busca/indice.json).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { course } from '#course'
import { buildIndex, type SlideDoc } from '#client/study/search-core'
import { INDEX_PATH } from '#client/study/site'
import type { IndexFile } from '#client/study/search-ui'
import { studyText } from '#scripts/export/study-text'
import type { Deck } from './decks'

export interface DeckStudy {
  deck: Pick<Deck, 'id' | 'number' | 'title'>
  slides: Array<{ no: number, title: string, texts: string[], note: string }>
}

/** The footer on every slide (slide-bottom.vue) repeats the course, the aula and the slide number. */
function isFooter(text: string): boolean {
  return /^\d+\s*\/\s*\d+$/.test(text) || text === course.name || text.startsWith(`${course.name} · Aula`) || /^·\s*Aula \d+$/.test(text)
}

/** The documents of one deck; `notes: false` leaves the notes out entirely. */
export function slideDocs({ deck, slides }: DeckStudy, notes: boolean): SlideDoc[] {
  return slides.map(slide => ({
    id: `${deck.id}/${slide.no}`,
    deck: deck.id,
    aula: deck.number,
    no: slide.no,
    title: slide.title,
    text: slide.texts.filter(t => !isFooter(t)).join(' '),
    notes: notes ? studyText(slide.note).replace(/[*_`#>]/g, '') : '',
  }))
}

export function indexFile(decks: DeckStudy[], notes: boolean): IndexFile {
  return {
    decks: decks.map(d => ({ id: d.deck.id, aula: d.deck.number, title: d.deck.title })),
    index: buildIndex(decks.flatMap(d => slideDocs(d, notes))).toJSON(),
    notes,
  }
}

export interface WrittenIndex { file: string, bytes: number, gzip: number }

function write(root: string, file: IndexFile): WrittenIndex {
  const path = join(root, INDEX_PATH)
  const json = JSON.stringify(file)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, json)
  return { file: path, bytes: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length }
}

/** Writes `busca/indice.json` (with notes when `notes`), and the students' one under alunos/. */
export function writeSearchIndexes(siteDir: string, decks: DeckStudy[], notes: boolean): WrittenIndex[] {
  const written = [write(siteDir, indexFile(decks, notes))]
  if (notes) written.push(write(join(siteDir, 'alunos'), indexFile(decks, false)))
  return written
}
