// A burst of 1,000 answers from 1,000 sockets, all sent within one second, against `npm run live`
// as a real process on 127.0.0.1: every one acknowledged, stored and counted exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { until } from '../support/live'
import { answer, control, joinedClass, quizLive, type QuizLive, type Student } from '../support/quiz'

const STUDENTS = 1000
const Q = 'a1-kernel-compartilhado'

describe('1,000 answers in one burst', () => {
  let server: QuizLive
  let presenter: Student
  let students: Student[] = []

  beforeAll(async () => {
    server = await quizLive('quiz-burst')
    await server.start()
    ;({ presenter, students } = await joinedClass(server.url, STUDENTS))
  }, 120_000)
  afterAll(async () => {
    for (const s of [presenter, ...students]) s?.socket.disconnect()
    await server?.close()
  }, 30_000)

  it('acknowledges, stores and counts every answer exactly', async () => {
    expect(await control(presenter.socket, Q, 'open')).toMatchObject({ ok: true, state: { phase: 'open', round: 1 } })
    await until(() => students.every(s => s.latest()?.phase === 'open'), 20_000, 'rodada aberta nos 1.000')

    // All 1,000 emits leave in one synchronous loop (a burst); how long they take is a benchmark
    // figure (BENCHMARKS.md), not an assertion that a busy machine could fail.
    const started = performance.now()
    const acks = students.map((s, i) => answer(s.socket, Q, 1, [i % 3]))
    const sentWithin = performance.now() - started
    const replies = await Promise.all(acks)
    const elapsed = performance.now() - started
    console.log(`[quiz-burst] ${STUDENTS} respostas: enviadas em ${sentWithin.toFixed(0)} ms, todas confirmadas em ${elapsed.toFixed(0)} ms`)
    expect(replies.filter(r => r.ok)).toHaveLength(STUDENTS)

    await until(() => presenter.latest()?.answered === STUDENTS, 10_000, `"${STUDENTS} responderam" no apresentador`)
    const closed = await control(presenter.socket, Q, 'close')
    expect(closed).toMatchObject({ ok: true, state: { phase: 'closed', answered: STUDENTS, tallies: [[334, 333, 333]] } })
    const csv = await (await fetch(`${server.url}/__resultados/aula-1.csv`, { headers: { cookie: presenter.cookie } })).text()
    expect(csv).toContain(`aula-1;${Q};3;`)
    expect(csv).toMatch(new RegExp(`;1;${STUDENTS};334;33,4;1;334;333;333;;;\\r?\\n`))
  }, 120_000)
})
