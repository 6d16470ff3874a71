// The results after class: CSV and Markdown from given answers, GET /__resultados/… (presenter
// only) after a real round, and `npm run live:resultados` over the same SQLite file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deckResults, resultsCsv, resultsMarkdown } from '#server/quiz/results'
import { fixtureDist, login, startTestServer, until, type TestServer } from '../support/live'
import { answer, catalog, control, deviceCookie, joinedStudent, quizDist, runResults, type Student } from '../support/quiz'

const questions = catalog['aula-1']
/** Reads a results CSV as a pt-BR spreadsheet does: the BOM, `;` between fields. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true, delimiter: ';' })
const [kernel, isolamento] = questions

describe('results from given answers', () => {
  const answers = [
    ...[[0], [0], [1], [2]].map(choices => ({ question: kernel.id, round: 1 as const, choices })),
    ...[[0], [0], [0], [1]].map(choices => ({ question: kernel.id, round: 2 as const, choices })),
    ...[[0, 2], [0], [1, 2]].map(choices => ({ question: isolamento.id, round: 1 as const, choices })),
  ]
  const results = deckResults(questions, answers)

  it('per question and round: devices, counts per option, right answers', () => {
    expect(results.map(r => [r.question.id, r.rounds.map(x => [x.round, x.devices, x.counts, x.right, x.percentRight])])).toEqual([
      [kernel.id, [[1, 4, [2, 1, 1], 2, 50], [2, 4, [3, 1, 0], 3, 75]]],
      [isolamento.id, [[1, 3, [2, 1, 2, 0], 1, 33.3]]],
      ['a1-portabilidade', []],
    ])
  })

  it('as CSV for a pt-BR spreadsheet: BOM, `;` between fields, decimal comma, one row per answered round', () => {
    const text = resultsCsv('aula-1', results)
    expect(Buffer.from(text).subarray(0, 3)).toEqual(Buffer.from([0xEF, 0xBB, 0xBF]))
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(['aula', 'pergunta', 'slide', 'enunciado', 'rodada', 'aparelhos', 'acertos', 'acertos_pct', 'corretas',
      'opcao_1', 'opcao_2', 'opcao_3', 'opcao_4', 'opcao_5', 'opcao_6'])
    expect(rows.slice(1)).toEqual([
      ['aula-1', kernel.id, '3', kernel.prompt, '1', '4', '2', '50', '1', '2', '1', '1', '', '', ''],
      ['aula-1', kernel.id, '3', kernel.prompt, '2', '4', '3', '75', '1', '3', '1', '0', '', '', ''],
      ['aula-1', isolamento.id, '5', isolamento.prompt, '1', '3', '1', '33,3', '1 3', '2', '1', '2', '0', '', ''],
    ])
    // A prompt with the separator, a comma and quotes stays one field.
    const tricky = 'Um; dois, "três"'
    expect(parseCsv(resultsCsv('aula-1', deckResults([{ ...kernel, prompt: tricky }], answers.slice(0, 1))))[1][3]).toBe(tricky)
  })

  it('as Markdown: a table per question, both rounds side by side, the right option marked', () => {
    const md = resultsMarkdown('aula-1', results)
    expect(md).toContain('# Resultados das perguntas — aula-1')
    expect(md).toContain(`## 1. ${kernel.prompt}\n\n\`${kernel.id}\` · slide 3 · resposta certa: opção 1\n\n| Opção | Rodada 1 | Rodada 2 |\n|---|---:|---:|\n`)
    expect(md).toContain(`| 1. ${kernel.options[0]} ✓ (certa) | 2 (50 %) | 3 (75 %) |`)
    expect(md).toContain(`| 2. ${kernel.options[1]} | 1 (25 %) | 1 (25 %) |`)
    expect(md).toContain('| **Aparelhos** | 4 | 4 |\n| **Acertos** | 2 (50 %) | 3 (75 %) |')
    expect(md).toContain('resposta certa: opção 1 e opção 3')
    expect(md).toContain('| **Acertos** | 1 (33,3 %) |')
    expect(md).toContain(`## 3. ${questions[2].prompt}\n\n\`a1-portabilidade\` · slide 7 · resposta certa: opção 2\n\nSem respostas.`)
  })
})

describe('after a real round: the route and the command', () => {
  const dist = quizDist()
  const dir = mkdtempSync(join(tmpdir(), 'dd-quiz-results-'))
  const dbFile = join(dir, 'live.db')
  let server: TestServer
  let cookie: string
  const students: Student[] = []
  const devices = Array.from({ length: 5 }, () => deviceCookie())

  beforeAll(async () => {
    server = await startTestServer({ distDir: dist.dir, dbFile })
    cookie = await login(server.url)
    const presenter = await joinedStudent(server.url, 'aula-1', { cookie })
    students.push(presenter, ...await Promise.all(devices.map(d => joinedStudent(server.url, 'aula-1', { cookie: d }))))
    await control(presenter.socket, kernel.id, 'open')
    await until(() => students.every(s => s.latest()?.phase === 'open'), 5000, 'rodada aberta')
    for (const [i, s] of students.slice(1).entries()) expect((await answer(s.socket, kernel.id, 1, [i < 3 ? 0 : 1])).ok).toBe(true)
    await control(presenter.socket, kernel.id, 'close')
  })
  afterAll(async () => {
    for (const s of students) s.socket.disconnect()
    await server?.close()
    dist.remove()
    rmSync(dir, { recursive: true, force: true })
  })
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' })

  it('are served to the presenter only (anyone else goes to /entrar)', async () => {
    for (const path of ['/__resultados/aula-1.csv', '/__resultados/aula-1.md']) {
      const res = await get(path, { cookie: devices[0] })
      expect(res.status, path).toBe(303)
      expect(res.headers.get('location')).toBe(`/entrar?voltar=${encodeURIComponent(path)}`)
    }
    expect((await get('/__resultados/aula-9.csv', { cookie })).status).toBe(404)
    expect((await get('/__resultados/aula-1.txt', { cookie })).status).toBe(404)
  })

  it('hold the counts, and nothing that identifies a device', async () => {
    const csv = await get('/__resultados/aula-1.csv', { cookie })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('cache-control')).toBe('no-store')
    const text = await csv.text()
    expect(parseCsv(text)[1]).toEqual(['aula-1', kernel.id, '3', kernel.prompt, '1', '5', '3', '60', '1', '3', '2', '0', '', '', ''])
    const md = await (await get('/__resultados/aula-1.md', { cookie })).text()
    expect(md).toContain(`| 1. ${kernel.options[0]} ✓ (certa) | 3 (60 %) |`)
    for (const d of devices) {
      expect(text).not.toContain(d.split('=')[1])
      expect(md).not.toContain(d.split('=')[1])
    }
  })

  it('`npm run live:resultados -- --saida <pasta>` writes the same files from the SQLite file', async () => {
    const out = join(dir, 'saida')
    const { stdout } = await runResults(['--saida', out], { DIST_DIR: dist.dir, LIVE_DB: dbFile })
    expect(stdout).toContain(`Respostas lidas de SQLite em ${dbFile}.`)
    expect(stdout).toContain(`aula-1: 1 de 3 perguntas com respostas → ${join(out, 'aula-1.csv')}, ${join(out, 'aula-1.md')}`)
    // Byte for byte (fetch's text() would drop the CSV's BOM).
    const bytes = async (path: string) => Buffer.from(await (await get(path, { cookie })).arrayBuffer())
    expect(readFileSync(join(out, 'aula-1.csv'))).toEqual(await bytes('/__resultados/aula-1.csv'))
    expect(parseCsv(readFileSync(join(out, 'aula-1.csv'), 'utf8')).map(row => row.length)).toEqual([15, 15])
    expect(readFileSync(join(out, 'aula-1.md'))).toEqual(await bytes('/__resultados/aula-1.md'))
    expect(readFileSync(join(out, 'aula-2.md'), 'utf8')).toContain('Sem respostas.')
  })

  it('says in Portuguese what is missing: the catalog, or the database', async () => {
    const noCatalog = await runResults([], { DIST_DIR: fixtureDist, LIVE_DB: dbFile }).catch(e => e)
    expect(noCatalog.code).toBe(1)
    expect(noCatalog.stderr).toMatch(/Não foi possível gravar os resultados: Não encontrei .*perguntas\.json .*Rode `npm run build`/)
    const noDb = await runResults([], { DIST_DIR: dist.dir, LIVE_DB: join(dir, 'nada.db') }).catch(e => e)
    expect(noDb.code).toBe(1)
    expect(noDb.stderr).toContain('Nenhuma resposta gravada')
  })
})
