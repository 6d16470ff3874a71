// `npm run live` killed with SIGKILL in the middle of a round, while answers are in flight, then
// started again over the same SQLite file: every acknowledged answer and the round's state are there.
import { afterAll, describe, expect, it } from 'vitest'
import { until } from '../support/live'
import { answer, control, joinedClass, quizLive, type QuizLive, type Student } from '../support/quiz'

const STUDENTS = 150
const Q = 'a1-kernel-compartilhado'

describe('kill -9 mid-round, then a restart', () => {
  const everyone: Student[] = []
  let server: QuizLive | undefined
  afterAll(async () => {
    for (const s of everyone) s.socket.disconnect()
    await server?.close('SIGKILL')
  }, 30_000)

  it('keeps every acknowledged answer and the round\'s state', async () => {
    server = await quizLive('quiz-kill')
    const live = await server.start()
    const { presenter, students } = await joinedClass(server.url, STUDENTS)
    everyone.push(presenter, ...students)

    // Round 1, all acknowledged and closed; round 2 open.
    await control(presenter.socket, Q, 'open')
    await until(() => students.every(s => s.latest()?.phase === 'open'), 10_000, 'rodada 1 aberta')
    expect((await Promise.all(students.map((s, i) => answer(s.socket, Q, 1, [i % 3])))).every(r => r.ok)).toBe(true)
    const round1 = await control(presenter.socket, Q, 'close')
    expect(round1).toMatchObject({ ok: true, state: { tallies: [[50, 50, 50]] } })
    await control(presenter.socket, Q, 'open')
    await until(() => students.every(s => s.latest()?.round === 2), 10_000, 'rodada 2 aberta')

    // Round 2: every student answers at once; the server dies after the 40th acknowledgement.
    const sent = students.map((_, i) => (i < 100 ? 0 : 1))
    const acked = new Set<number>()
    const child = live.child
    students.forEach((s, i) => {
      s.socket.timeout(10_000).emit('quiz:answer', { room: 'aula-1', question: Q, round: 2, choices: [sent[i]] }, (error: Error | null, reply: { ok: boolean }) => {
        if (error || !reply.ok) return
        acked.add(i)
        if (acked.size === 40) child.kill('SIGKILL')
      })
    })
    expect(await live.exited).toBeNull()
    const ackedAtKill = acked.size
    await until(() => everyone.every(s => !s.socket.connected), 5000, 'todos desconectados')

    await server.start()
    // Everyone reconnects on their own and joins again: the same round, open, with round 1's tally.
    await until(() => everyone.every(s => s.joins === 2), 20_000, 'todos de volta à sala')
    await until(() => everyone.every(s => s.latest()?.round === 2 && s.latest()?.tallies.length === 1), 10_000, 'estado da rodada depois do reinício')
    expect(presenter.latest()).toMatchObject({ question: Q, phase: 'open', round: 2, tallies: [[50, 50, 50]] })
    // Each acknowledged device gets its own answer back (quiz:mine); none was lost.
    await until(() => [...acked].every(i => students[i].mine.length > 0), 10_000, 'quiz:mine de cada resposta confirmada')
    for (const i of acked) expect(students[i].mine.at(-1), `aluno ${i}`).toEqual({ room: 'aula-1', question: Q, round: 2, choices: [sent[i]] })
    const stored = presenter.latest()!.answered
    expect(stored).toBeGreaterThanOrEqual(acked.size)
    expect(stored).toBeLessThanOrEqual(STUDENTS)
    console.log(`[quiz-kill] ${ackedAtKill} de ${STUDENTS} respostas confirmadas quando o processo morreu; ${stored} gravadas depois do reinício`)

    // The ones that never got their ack answer again; the round closes with every device counted once.
    const missing = students.map((_, i) => i).filter(i => !acked.has(i))
    expect((await Promise.all(missing.map(i => answer(students[i].socket, Q, 2, [sent[i]])))).every(r => r.ok)).toBe(true)
    const closed = await control(presenter.socket, Q, 'close')
    expect(closed).toMatchObject({ ok: true, state: { answered: STUDENTS, tallies: [[50, 50, 50], [100, 50, 0]] } })
  }, 120_000)
})
