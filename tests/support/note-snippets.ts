// Sentences a speaker note says and its slide does not show: runs of 5+ plain ASCII words from each
// deck's notes (they survive any escaping in a bundle), minus those the slide PDF shows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckNotes } from '#scripts/export/notes'
import { pdfPagesText, searchable } from './pdf-text'
import type { Deck } from '#scripts/site/decks'

export async function noteSnippets(decks: Deck[], dist: string): Promise<string[]> {
  const snippets: string[] = []
  for (const deck of decks) {
    const shown = searchable((await pdfPagesText(readFileSync(join(dist, 'pdf', `${deck.id}.pdf`)))).join(' '))
    for (const { note } of await deckNotes(deck.file)) {
      const run = note.split(/[^A-Za-z ]+/).map(s => s.trim())
        .find(s => s.split(' ').length >= 5 && !shown.includes(searchable(s)))
      if (run) snippets.push(run)
    }
  }
  return snippets
}
