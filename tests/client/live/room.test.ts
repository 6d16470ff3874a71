import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { hasLiveMeta, roomFromBase } from '#client/live/room'

function doc(head: string): Document {
  const document = new Window().document
  document.head.innerHTML = head
  return document as unknown as Document
}

describe('roomFromBase', () => {
  it('is the deck id, with or without a site prefix', () => {
    expect(roomFromBase('/aula-3/')).toBe('aula-3')
    expect(roomFromBase('/curso/aula-12/')).toBe('aula-12')
  })
  it('is undefined for a base that is no room id', () => {
    expect(roomFromBase('/')).toBeUndefined()
    expect(roomFromBase('/Aula_1/')).toBeUndefined()
  })
})

describe('hasLiveMeta', () => {
  it('is true only for the live server\'s marker', () => {
    expect(hasLiveMeta(doc('<meta name="dd-live" content="1">'))).toBe(true)
    expect(hasLiveMeta(doc('<meta name="dd-live" content="0">'))).toBe(false)
    expect(hasLiveMeta(doc('<title>x</title>'))).toBe(false)
  })
})
