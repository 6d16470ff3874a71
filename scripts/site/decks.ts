// The deck list, derived from slides/aula-*.md: the only place that knows which aulas exist.
import { readdirSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load, type LoadedSlidevData } from '@slidev/parser/fs'

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)))
/** slides/, or $SLIDES_DIR (tests point it at fixture decks). */
export function slidesDir(env = process.env): string {
  return env.SLIDES_DIR ? resolve(env.SLIDES_DIR) : join(projectRoot, 'slides')
}

export interface Deck {
  /** `aula-3` — folder name under dist/, base path segment and PDF name. */
  id: string
  /** 3 */
  number: number
  /** Absolute path of the Markdown file. */
  file: string
  /** Path relative to the project root, for messages (`slides/aula-3.md`). */
  relativeFile: string
  title: string
  subtitle: string
  topics: string[]
  slideCount: number
}

const DECK_FILE = /^aula-(\d+)\.md$/

/** Every deck in slides/, ordered by aula number. */
export async function listDecks(dir = slidesDir()): Promise<Deck[]> {
  const files = readdirSync(dir).filter(name => DECK_FILE.test(name))
  const decks = await Promise.all(files.map(name => readDeck(join(dir, name))))
  return decks.sort((a, b) => a.number - b.number)
}

export async function readDeck(file: string): Promise<Deck> {
  const id = basename(file, '.md')
  const number = Number(DECK_FILE.exec(basename(file))?.[1])
  const data = await loadDeck(file)
  const headmatter = data.headmatter
  return {
    id,
    number,
    file,
    relativeFile: relative(projectRoot, file),
    title: String(headmatter.title ?? id),
    subtitle: String(headmatter.subtitle ?? ''),
    topics: Array.isArray(headmatter.topics) ? headmatter.topics.map(String) : [],
    slideCount: data.slides.filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide).length,
  }
}

/** Picks a deck by number (`3`) or id (`aula-3`); the first one when none is asked for. */
export function pickDeck(decks: Deck[], wanted?: string): Deck {
  if (!wanted) return decks[0]
  const number = Number(wanted.replace(/^aula-/, ''))
  const deck = decks.find(d => d.number === number)
  if (!deck) {
    throw new Error(`Aula "${wanted}" não encontrada. Aulas disponíveis: ${decks.map(d => d.number).join(', ')}`)
  }
  return deck
}

/** A deck as Slidev loads it: `src:` imports resolved, each slide with its source file and lines. */
export function loadDeck(file: string): Promise<LoadedSlidevData> {
  const userRoot = slidesDir()
  return load({ userRoot, roots: [projectRoot, userRoot], allowedRoots: [projectRoot] }, file)
}
