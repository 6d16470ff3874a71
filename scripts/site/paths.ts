// Paths and URLs of the built site: where each deck goes and under which base it is served.
import { join, resolve } from 'node:path'
import type { Deck } from './decks'
import { projectRoot } from './decks'

/** dist/, or $DIST_DIR (lets several builds run side by side without touching dist/). */
export function distDir(env = process.env): string {
  return env.DIST_DIR ? resolve(env.DIST_DIR) : join(projectRoot, 'dist')
}

/** `BASE=/x/` → `/x/`; always starts and ends with a slash. */
export function siteBase(env = process.env): string {
  const raw = (env.BASE ?? '/').trim() || '/'
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
}

export function deckBase(deck: Pick<Deck, 'id'>, base = siteBase()): string {
  return `${base}${deck.id}/`
}

export function deckOutDir(deck: Pick<Deck, 'id'>, root = distDir()): string {
  return join(root, deck.id)
}

/** Where the students' build of a deck goes (no notes; served by `npm run live` to students). */
export function studentsDeckOutDir(deck: Pick<Deck, 'id'>, root = distDir()): string {
  return join(root, 'alunos', deck.id)
}
