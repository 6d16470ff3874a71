// The live questions with two `npm run live` processes behind one real redis-server: the presenter
// on A runs the round, students on B (and A) answer, counts and tallies are the same everywhere,
// one process killed with SIGKILL loses nothing acknowledged, the results come from Redis, and
// with Redis down an answer is refused, not acknowledged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login, PASSWORD, until } from '../support/live'
import { freePorts, spawnLive, type LiveProcess } from '../support/live-process'
import { answer, control, joinedStudent, quizDist, runResults, type Student } from '../support/quiz'
import { hasRedisServer, NO_REDIS_REASON, startRedis, type TestRedis } from '../support/redis'

const Q = 'a1-kernel-compartilhado'

describe.skipIf(!hasRedisServer)(`live questions on Redis${hasRedisServer ? '' : ` — ignorado: ${NO_REDIS_REASON}`}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-quiz-redis-'))
  const dist = quizDist()
  let redis: TestRedis
  let a: LiveProcess
  let b: LiveProcess
  const urls: string[] = []
  const ports: number[] = []
  const everyone: Student[] = []
  const env = () => ({ DIST_DIR: dist.dir, REDIS_URL: redis.url, LIVE_PASSWORD: PASSWORD })

  beforeAll(async () => {
    redis = await startRedis()
    ports.push(...await freePorts(2))
    urls.push(...ports.map(p => `http://127.0.0.1:${p}`))
    a = spawnLive(['--port', String(ports[0])], { ...env(), LIVE_DB: join(dir, 'a.db') })
    b = spawnLive(['--port', String(ports[1])], { ...env(), LIVE_DB: join(dir, 'b.db') })
    await Promise.all([a.waitFor(/Estado das salas: Redis/), b.waitFor(/Estado das salas: Redis/)])
  }, 60_000)
  afterAll(async () => {
    for (const s of everyone) s.socket.disconnect()
    await Promise.all([a?.stop(), b?.stop()])
    await redis?.close()
    dist.remove()
    rmSync(dir, { recursive: true, force: true })
  }, 30_000)

  it('runs a round across two processes; a SIGKILLed process loses no acknowledged answer', async () => {
    const [urlA, urlB] = urls
    const presenter = await joinedStudent(urlA, 'aula-1', { cookie: await login(urlA) })
    const onB = await Promise.all(Array.from({ length: 20 }, () => joinedStudent(urlB)))
    const onA = await Promise.all(Array.from({ length: 10 }, () => joinedStudent(urlA)))
    everyone.push(presenter, ...onB, ...onA)

    await control(presenter.socket, Q, 'open')
    await until(() => onB.every(s => s.latest()?.phase === 'open'), 10_000, 'rodada aberta em B')
    const replies = await Promise.all([...onB.map(s => answer(s.socket, Q, 1, [0])), ...onA.map(s => answer(s.socket, Q, 1, [1]))])
    expect(replies.every(r => r.ok)).toBe(true)
    await until(() => presenter.latest()?.answered === 30, 10_000, '30 respostas vistas pelo apresentador em A')

    // B dies; its students reconnect to a new B over the same Redis and find their answers there.
    b.child.kill('SIGKILL')
    await b.exited
    b = spawnLive(['--port', String(ports[1])], { ...env(), LIVE_DB: join(dir, 'b.db') })
    await b.waitFor(/Estado das salas: Redis/)
    await until(() => onB.every(s => s.joins === 2 && s.mine.length === 1), 20_000, 'alunos de B de volta, com a própria resposta')
    expect(onB[0].mine[0]).toEqual({ room: 'aula-1', question: Q, round: 1, choices: [0] })

    const closed = await control(presenter.socket, Q, 'close')
    expect(closed).toMatchObject({ ok: true, state: { phase: 'closed', answered: 30, tallies: [[20, 10, 0]] } })
    await until(() => onB.every(s => s.latest()?.tallies[0]?.[0] === 20), 10_000, 'distribuição em B')
    // An answer on B after the close on A is refused.
    expect(await answer(onB[1].socket, Q, 1, [2])).toEqual({ ok: false, error: 'closed' })

    const out = join(dir, 'resultados')
    const { stdout } = await runResults(['--saida', out], { DIST_DIR: dist.dir, REDIS_URL: redis.url })
    expect(stdout).toContain(`Respostas lidas de Redis (127.0.0.1:${redis.port}).`)
    expect(readFileSync(join(out, 'aula-1.csv'), 'utf8')).toContain(`aula-1;${Q};3;`)
    expect(readFileSync(join(out, 'aula-1.csv'), 'utf8')).toMatch(/;1;30;20;66,7;1;20;10;0;;;\n/)

    // Redis down: an answer is refused with an error, never acknowledged unstored.
    await control(presenter.socket, Q, 'open')
    await until(() => onB.every(s => s.latest()?.round === 2), 10_000, 'rodada 2 aberta em B')
    await redis.stop('SIGKILL')
    await b.waitFor(/Redis indisponível/)
    expect(await answer(onB[2].socket, Q, 2, [0])).toEqual({ ok: false, error: 'storage' })
    await redis.start()
  }, 90_000)
})
