import { describe, expect, it } from 'vitest'
import { listDecks } from '#scripts/site/decks'
import { deckNotes, plainTitle, renderNote } from '#scripts/export/notes'

describe('renderNote', () => {
  it('renders Markdown to HTML', () => {
    expect(renderNote('Um **contêiner** é um `processo`.')).toBe('<p>Um <strong>contêiner</strong> é um <code>processo</code>.</p>')
  })

  it('turns click markers into numbered steps, counted as Slidev counts them', () => {
    const html = renderNote('Abertura.\n\n[click] Primeiro.\n\n[click:2] Pula dois.\n\n[click] Último.')
    expect(html).toContain('<span class="click-step">clique 1</span> Primeiro.')
    expect(html).toContain('<span class="click-step">clique 3</span> Pula dois.')
    expect(html).toContain('<span class="click-step">clique 4</span> Último.')
    expect(html).not.toContain('[click')
  })

  it('leaves a note without markers alone', () => {
    expect(renderNote('Só texto.')).toBe('<p>Só texto.</p>')
  })
})

describe('plainTitle', () => {
  it('drops inline Markdown and decodes entities', () => {
    expect(plainTitle('O **Docker** e o `runc` & a < b')).toBe('O Docker e o runc & a < b')
  })
})

describe('deckNotes', () => {
  it('gives one entry per slide the built deck shows, numbered from 1', async () => {
    for (const deck of await listDecks()) {
      const notes = await deckNotes(deck.file)
      expect(notes.length).toBe(deck.slideCount)
      expect(notes.map(n => n.no)).toEqual(Array.from({ length: deck.slideCount }, (_, i) => i + 1))
      expect(notes[0].title).not.toBe('')
    }
  })
})
