// A redis-server killed in the middle of round 2 and started again EMPTY (no persistence): each live
// process writes back what it knew (the room's position, the questions' record, the answers it had
// acknowledged), says so in one log line, and the class goes on: a late phone gets the open round,
// round 1's bars, the answer count; a reconnecting phone gets its own answer; the results count all.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '#server/quiz/catalog'
import { createQuiz } from '#server/quiz/quiz'
import { redisStore } from '#server/store/redis'
import { login, PASSWORD, until } from '../support/live'
import { freePorts, spawnLive, type LiveProcess } from '../support/live-process'
import { answer, control, joinedStudent, quizDist, runResults, type Student } from '../support/quiz'
import { hasRedisServer, NO_REDIS_REASON, startRedis, type TestRedis } from '../support/redis'

const Q = 'a1-kernel-compartilhado'
const Q2 = 'a2-runc'

describe.skipIf(!hasRedisServer)(`a Redis that comes back empty${hasRedisServer ? '' : ` — ignorado: ${NO_REDIS_REASON}`}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-quiz-redis-empty-'))
  const dist = quizDist()
  let redis: TestRedis
  const lives: LiveProcess[] = []
  const everyone: Student[] = []

  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    for (const s of everyone) s.socket.disconnect()
    await Promise.all(lives.map(l => l.stop()))
    await redis?.close()
    dist.remove()
    rmSync(dir, { recursive: true, force: true })
  }, 30_000)

  it('two processes write back the room, the round and every acknowledged answer; the round goes on', async () => {
    const ports = await freePorts(2)
    const [urlA, urlB] = ports.map(p => `http://127.0.0.1:${p}`)
    const env = { DIST_DIR: dist.dir, REDIS_URL: redis.url, LIVE_PASSWORD: PASSWORD }
    const [a, b] = ports.map((port, i) => spawnLive(['--port', String(port)], { ...env, LIVE_DB: join(dir, `${i}.db`) }))
    lives.push(a, b)
    await Promise.all([a.waitFor(/Estado das salas: Redis/), b.waitFor(/Estado das salas: Redis/)])

    const presenter = await joinedStudent(urlA, 'aula-1', { cookie: await login(urlA) })
    const onA = await Promise.all(Array.from({ length: 8 }, () => joinedStudent(urlA)))
    const onB = await Promise.all(Array.from({ length: 12 }, () => joinedStudent(urlB)))
    everyone.push(presenter, ...onA, ...onB)
    expect(await presenter.socket.timeout(10_000).emitWithAck('room:move', { room: 'aula-1', page: 3, clicks: 1 })).toMatchObject({ ok: true })

    // Round 1: 8 say A (on process A), 12 say B (on process B); closed; round 2 opens.
    await control(presenter.socket, Q, 'open')
    await until(() => [...onA, ...onB].every(s => s.latest()?.phase === 'open'), 10_000, 'rodada 1 aberta')
    const r1 = await Promise.all([...onA.map(s => answer(s.socket, Q, 1, [0])), ...onB.map(s => answer(s.socket, Q, 1, [1]))])
    expect(r1.every(r => r.ok)).toBe(true)
    await control(presenter.socket, Q, 'close')
    await control(presenter.socket, Q, 'open')
    await until(() => [...onA, ...onB].every(s => s.latest()?.round === 2), 10_000, 'rodada 2 aberta')
    // Round 2 so far: 5 on A and 9 on B say A.
    const r2 = await Promise.all([...onA.slice(0, 5), ...onB.slice(0, 9)].map(s => answer(s.socket, Q, 2, [0])))
    expect(r2.every(r => r.ok)).toBe(true)
    await until(() => presenter.latest()?.answered === 14, 10_000, '14 respostas na rodada 2')

    await redis.stop('SIGKILL')
    await Promise.all([a.waitFor(/Redis indisponível/), b.waitFor(/Redis indisponível/)])
    await redis.start()
    const lines = await Promise.all([a, b].map(l => l.waitFor(/Redis de volta, mas sem parte dos dados: gravei de volta o que este processo conhecia \((\d+) salas?, (\d+) estados? de perguntas e (\d+) respostas?\)\./, 20_000)))
    // Between them, the two processes wrote back all 20 + 14 acknowledged answers (each its own).
    expect(lines.reduce((sum, m) => sum + Number(m[3]), 0)).toBe(34)

    const raw = createClient({ url: redis.url })
    await raw.connect()
    const store = redisStore(raw)
    expect(await store.getRoom('aula-1')).toMatchObject({ page: 3, clicks: 1 })
    expect((await store.getQuiz('aula-1'))?.progress[Q]).toMatchObject({ phase: 'open', round: 2 })
    await raw.quit()

    // A phone that joins now (on B) gets round 2 open, round 1's bars and the count.
    const late = await joinedStudent(urlB)
    everyone.push(late)
    await until(() => late.latest()?.round === 2, 10_000, 'aluno novo com a rodada 2')
    expect(late.latest()).toMatchObject({ question: Q, phase: 'open', round: 2, answered: 14, tallies: [[8, 12, 0]] })
    // A phone that reconnects gets its own round-2 answer back.
    const back = onB[0]
    const mineBefore = back.mine.length
    back.socket.disconnect().connect()
    await until(() => back.mine.length > mineBefore, 10_000, 'a própria resposta de volta')
    expect(back.mine.at(-1)).toEqual({ room: 'aula-1', question: Q, round: 2, choices: [0] })
    // The round takes answers again, then closes with every one of them.
    expect(await answer(onA[7].socket, Q, 2, [1])).toMatchObject({ ok: true })
    const closed = await control(presenter.socket, Q, 'close')
    expect(closed).toMatchObject({ ok: true, state: { phase: 'closed', round: 2, tallies: [[8, 12, 0], [14, 1, 0]] } })

    const out = join(dir, 'resultados')
    await runResults(['--saida', out], { DIST_DIR: dist.dir, REDIS_URL: redis.url })
    const csv = readFileSync(join(out, 'aula-1.csv'), 'utf8')
    expect(csv).toMatch(new RegExp(`;${Q};3;[^\\n]*;1;20;8;40;1;8;12;0;;;\\n`))
    expect(csv).toMatch(new RegExp(`;${Q};3;[^\\n]*;2;15;14;93,3;1;14;1;0;;;\\n`))
  }, 120_000)

  it('never writes back answers that a reset on another process deleted', async () => {
    const catalog = loadCatalog(dist.dir)
    const clients = [createClient({ url: redis.url }), createClient({ url: redis.url })]
    await Promise.all(clients.map(c => c.connect()))
    const [one, two] = clients.map(c => createQuiz(redisStore(c), catalog))
    const control2 = (quiz: typeof one, action: 'open' | 'close' | 'reset') => quiz.control({ room: 'aula-2', question: Q2, action })
    const vote = (quiz: typeof one, device: string, choices: number[]) => quiz.answer({ room: 'aula-2', question: Q2, round: 1, choices }, device)
    try {
      expect(await control2(one, 'open')).toMatchObject({ ok: true })
      for (const d of ['d1', 'd2', 'd3']) expect(await vote(one, `aparelho-${d}`, [0])).toMatchObject({ ok: true })
      // The rehearsal is reset (and the real run opened) by the other process; one phone answers it.
      expect(await control2(two, 'reset')).toMatchObject({ ok: true })
      expect(await control2(two, 'open')).toMatchObject({ ok: true })
      expect(await vote(two, 'aparelho-d4', [2])).toMatchObject({ ok: true })

      // Redis empties; the process that missed the reset writes back first, the other one after it.
      await clients[0].flushAll()
      await one.heal()
      await two.heal()
      expect(await one.state('aula-2')).toMatchObject({ question: Q2, phase: 'open', round: 1, answered: 1 })
      expect(await redisStore(clients[0]).allAnswers('aula-2')).toEqual([{ question: Q2, round: 1, choices: [2] }])
      // The other order: the newer record is there first, so the stale answers are not even written.
      await clients[0].flushAll()
      expect((await two.heal()).answers).toBe(1)
      expect((await one.heal()).answers).toBe(0)
      expect(await redisStore(clients[0]).allAnswers('aula-2')).toEqual([{ question: Q2, round: 1, choices: [2] }])
    }
    finally {
      await Promise.all(clients.map(c => c.quit()))
    }
  }, 30_000)
})
