import { describe, expect, it } from 'vitest'
import { listDecks, pickDeck } from '#scripts/site/decks'

describe('deck list', () => {
  it('derives the four aulas from slides/, in order', async () => {
    const decks = await listDecks()
    expect(decks.map(d => d.id)).toEqual(['aula-1', 'aula-2', 'aula-3', 'aula-4'])
    expect(decks.map(d => d.number)).toEqual([1, 2, 3, 4])
    for (const deck of decks) expect(deck.relativeFile).toBe(`slides/${deck.id}.md`)
  })

  it('picks a deck by number or id and explains a wrong choice', async () => {
    const decks = await listDecks()
    expect(pickDeck(decks, '3').id).toBe('aula-3')
    expect(pickDeck(decks, 'aula-2').id).toBe('aula-2')
    expect(pickDeck(decks).id).toBe('aula-1')
    expect(() => pickDeck(decks, '9')).toThrow(/Aulas disponíveis: 1, 2, 3, 4/)
  })
})
