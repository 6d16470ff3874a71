import { describe, expect, it } from 'vitest'
import { buildIndex, fold, loadIndex, searchCourse, snippet, type SlideDoc } from '#client/study/search-core'

const doc = (deck: string, no: number, title: string, text: string, notes = ''): SlideDoc =>
  ({ id: `${deck}/${no}`, deck, aula: Number(deck.slice(5)), no, title, text, notes })

const docs = [
  doc('aula-1', 4, 'Então, o que é um contêiner?', 'Um processo isolado do host, sobre o kernel Linux.'),
  doc('aula-3', 9, 'Copy-on-write', 'A primeira escrita copia o arquivo para a camada gravável.', 'Pense num livro emprestado.'),
  doc('aula-4', 2, 'Namespaces', 'unshare --pid --fork --mount-proc bash'),
  doc('aula-1', 2, 'Objetivos da aula', 'Diferenciar contêiner de máquina virtual.'),
]

describe('course search', () => {
  it('folds accents and case', () => {
    expect(fold('Contêiner MÁQUINA')).toBe('conteiner maquina')
  })

  it('finds "conteiner" in "contêiner", grouped by aula in slide order', () => {
    const groups = searchCourse(buildIndex(docs), 'CONTEINER')
    expect(groups.map(g => g.deck)).toEqual(['aula-1'])
    expect(groups[0].hits.map(h => h.no)).toEqual([2, 4])
    expect(groups[0].hits[0].snippet).toContain('contêiner')
    expect(groups[0].hits[0].marks).toHaveLength(1)
  })

  it('finds code and notes, and marks a notes-only hit', () => {
    const index = buildIndex(docs)
    expect(searchCourse(index, 'mount-proc')[0].hits[0].id).toBe('aula-4/2')
    const hit = searchCourse(index, 'livro emprestado')[0].hits[0]
    expect(hit).toMatchObject({ id: 'aula-3/9', inNotes: true })
  })

  it('round-trips through JSON as the browser loads it', () => {
    const index = loadIndex(JSON.stringify(buildIndex(docs)))
    expect(searchCourse(index, 'maquina virtual')[0].hits[0].id).toBe('aula-1/2')
  })

  it('cuts a snippet around the match and marks the matched words', () => {
    const text = `${'palavra '.repeat(30)}a camada gravável recebe a cópia ${'fim '.repeat(40)}`
    const { snippet: s, marks } = snippet(text, ['gravavel'])
    expect(s.startsWith('…')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
    expect(marks.map(([a, b]) => s.slice(a, b))).toEqual(['gravável'])
  })
})
