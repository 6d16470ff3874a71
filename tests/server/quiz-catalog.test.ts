// The question catalog the live server loads at start (dist/perguntas.json): found, missing (no
// questions, said in the banner), or broken (the start stops, saying to rebuild).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderBanner } from '#server/banner'
import { loadCatalog } from '#server/quiz/catalog'
import { fixtureDist } from '../support/live'
import { catalog, quizDist } from '../support/quiz'

const dir = mkdtempSync(join(tmpdir(), 'dd-quiz-catalog-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the question catalog', () => {
  it('loads the build\'s file: questions by deck and id', () => {
    const dist = quizDist()
    try {
      const loaded = loadCatalog(dist.dir)
      expect(loaded.found).toBe(true)
      expect(loaded.decks()).toEqual(['aula-1', 'aula-2'])
      expect(loaded.questions('aula-1').map(q => q.id)).toEqual(catalog['aula-1'].map(q => q.id))
      expect(loaded.find('aula-1', 'a1-isolamento')?.correct).toEqual([0, 2])
      expect(loaded.find('aula-2', 'a1-isolamento')).toBeUndefined()
      expect(loaded.find('aula-1', null)).toBeUndefined()
    }
    finally {
      dist.remove()
    }
  })

  it('lists only the decks that have questions', () => {
    const empty = { ...catalog, 'aula-3': [] }
    writeFileSync(join(dir, 'perguntas.json'), JSON.stringify(empty))
    expect(loadCatalog(dir).decks()).toEqual(['aula-1', 'aula-2'])
    expect(loadCatalog(dir).line()).toBe('Perguntas ao vivo: 4 (aula-1: 3, aula-2: 1, aula-3: 0).')
  })

  it('without the file: no questions, and a Portuguese line in the banner', () => {
    const missing = loadCatalog(fixtureDist)
    expect(missing.found).toBe(false)
    expect(missing.questions('aula-1')).toEqual([])
    const banner = renderBanner({ port: 4173, lan: false, decks: ['aula-1'], storage: 'SQLite', questions: missing.line(), addresses: [] })
    expect(banner).toContain('Perguntas ao vivo: nenhuma (falta dist/perguntas.json; rode `npm run build`).')
  })

  it('refuses a broken or inconsistent file, saying to rebuild', () => {
    writeFileSync(join(dir, 'perguntas.json'), '{ nada')
    expect(() => loadCatalog(dir)).toThrow(/não é um JSON válido.*Rode `npm run build` de novo/)
    writeFileSync(join(dir, 'perguntas.json'), JSON.stringify({ 'aula-1': [{ id: 'x' }] }))
    expect(() => loadCatalog(dir)).toThrow(/não tem o formato das perguntas/)
    const wrong = { ...catalog['aula-1'][0], correct: [5] }
    writeFileSync(join(dir, 'perguntas.json'), JSON.stringify({ 'aula-1': [wrong] }))
    expect(() => loadCatalog(dir)).toThrow(/a pergunta a1-kernel-compartilhado está inconsistente/)
  })
})
