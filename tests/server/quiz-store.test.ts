// The quiz part of both stores, the same checks on each: versioned records (compare-and-set),
// answers written only against the version they were checked with, one per device and round,
// reset deleting a question's answers; SQLite also across a reopen without close (a crash).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { initialRecord, type QuizRecord } from '#server/quiz/round'
import { redisStore } from '#server/store/redis'
import { openSqliteStore } from '#server/store/sqlite'
import type { Store } from '#server/store/store'
import { hasRedisServer, startRedis, type TestRedis } from '../support/redis'

const dir = mkdtempSync(join(tmpdir(), 'dd-quiz-store-'))
let redis: TestRedis | undefined
let redisClient: ReturnType<typeof createClient> | undefined
beforeAll(async () => {
  if (!hasRedisServer) return
  redis = await startRedis()
  redisClient = createClient({ url: redis.url })
  await redisClient.connect()
})
afterAll(async () => {
  await redisClient?.quit()
  await redis?.close()
  rmSync(dir, { recursive: true, force: true })
})

const record = (version: number, current: string | null, progress: QuizRecord['progress'] = {}): QuizRecord => ({ ...initialRecord('aula-1', 1), version, current, progress })
const a = (device: string, choices: number[], round: 1 | 2 = 1, question = 'a1-q') => ({ room: 'aula-1', question, round, device, choices })

const stores: [string, boolean, () => Promise<Store>][] = [
  ['SQLite', true, async () => openSqliteStore(join(dir, `${Math.random()}.db`))],
  ['Redis', hasRedisServer, async () => {
    await redisClient!.flushAll()
    return redisStore(redisClient as never)
  }],
]

describe.each(stores)('%s quiz store', (_name, available, open) => {
  it.skipIf(!available)('writes quiz records only over the expected version', async () => {
    const store = await open()
    expect(await store.getQuiz('aula-1')).toBeUndefined()
    expect(await store.replaceQuiz(0, record(1, 'a1-q', { 'a1-q': { phase: 'open', round: 1 } }))).toBe(true)
    expect(await store.replaceQuiz(0, record(1, 'a1-x'))).toBe(false)
    expect(await store.replaceQuiz(1, record(2, 'a1-q', { 'a1-q': { phase: 'closed', round: 1 } }))).toBe(true)
    expect(await store.replaceQuiz(1, record(2, 'a1-x'))).toBe(false)
    expect(await store.getQuiz('aula-1')).toEqual(record(2, 'a1-q', { 'a1-q': { phase: 'closed', round: 1 } }))
  })

  it.skipIf(!available)('keeps one answer per device and round, replaced, and refuses one checked against an old version', async () => {
    const store = await open()
    await store.replaceQuiz(0, record(1, 'a1-q', { 'a1-q': { phase: 'open', round: 1 } }))
    const written = await Promise.all(Array.from({ length: 200 }, (_, i) => store.putAnswer(1, a(`d${i}`, [i % 3]))))
    expect(written.every(Boolean)).toBe(true)
    expect(await store.putAnswer(1, a('d0', [2]))).toBe(true)
    expect(await store.putAnswer(0, a('d1', [2]))).toBe(false)
    expect(await store.countAnswers('aula-1', 'a1-q', 1)).toBe(200)
    expect(await store.myAnswer('aula-1', 'a1-q', 1, 'd0')).toEqual([2])
    expect(await store.myAnswer('aula-1', 'a1-q', 1, 'd1')).toEqual([1])
    expect(await store.myAnswer('aula-1', 'a1-q', 2, 'd1')).toBeUndefined()
    const counts = [0, 0, 0]
    for (const c of await store.answersOf('aula-1', 'a1-q', 1)) counts[c[0]]++
    expect(counts).toEqual([66, 67, 67])
  })

  it.skipIf(!available)('settles an answer racing a control: written before, or refused after', async () => {
    const store = await open()
    await store.replaceQuiz(0, record(1, 'a1-q', { 'a1-q': { phase: 'open', round: 1 } }))
    const racing = Array.from({ length: 50 }, (_, i) => store.putAnswer(1, a(`r${i}`, [0])))
    const closed = store.replaceQuiz(1, record(2, 'a1-q', { 'a1-q': { phase: 'closed', round: 1 } }))
    const results = await Promise.all(racing)
    expect(await closed).toBe(true)
    // Whatever was acknowledged (true) is stored; nothing refused is.
    expect(await store.countAnswers('aula-1', 'a1-q', 1)).toBe(results.filter(Boolean).length)
    expect(await store.putAnswer(1, a('late', [0]))).toBe(false)
  })

  it.skipIf(!available)('deletes a question\'s answers (both rounds) with a reset, and only that question\'s', async () => {
    const store = await open()
    await store.replaceQuiz(0, record(1, 'a1-q'))
    await store.putAnswer(1, a('d1', [0], 1))
    await store.putAnswer(1, a('d1', [1], 2))
    await store.putAnswer(1, a('d1', [1], 1, 'a1-outra'))
    expect(await store.allAnswers('aula-1')).toEqual([
      { question: 'a1-outra', round: 1, choices: [1] },
      { question: 'a1-q', round: 1, choices: [0] },
      { question: 'a1-q', round: 2, choices: [1] },
    ])
    expect(await store.replaceQuiz(0, record(2, 'a1-q'), 'a1-q')).toBe(false)
    expect(await store.countAnswers('aula-1', 'a1-q', 1)).toBe(1)
    expect(await store.replaceQuiz(1, record(2, 'a1-q'), 'a1-q')).toBe(true)
    expect(await store.allAnswers('aula-1')).toEqual([{ question: 'a1-outra', round: 1, choices: [1] }])
  })

  it.skipIf(!available)('restores a newer record and missing answers, never replacing what it has', async () => {
    const store = await open()
    const run1 = { 'a1-q': { phase: 'open' as const, round: 1 as const, opened: 1 }, 'a1-b': { phase: 'closed' as const, round: 1 as const, opened: 1 } }
    expect(await store.restoreQuiz(record(3, 'a1-q', run1))).toBe(true)
    expect(await store.restoreQuiz(record(3, 'a1-q', {}))).toBe(false)
    expect(await store.restoreAnswers([a('d1', [0]), a('d2', [1]), a('d1', [2], 1, 'a1-b')])).toBe(3)
    // A device that answered again since then keeps its newer answer.
    expect(await store.putAnswer(3, a('d1', [2]))).toBe(true)
    expect(await store.restoreAnswers([a('d1', [0]), a('d3', [0])])).toBe(1)
    expect(await store.answersOf('aula-1', 'a1-q', 1)).toEqual(expect.arrayContaining([[2], [1], [0]]))
    // A newer record where a1-q is a new run (reset and opened again): its old answers go; a1-b's stay.
    const run2 = { ...run1, 'a1-q': { phase: 'open' as const, round: 1 as const, opened: 5 } }
    expect(await store.restoreQuiz(record(5, 'a1-q', run2))).toBe(true)
    expect(await store.allAnswers('aula-1')).toEqual([{ question: 'a1-b', round: 1, choices: [2] }])
    expect(await store.getQuiz('aula-1')).toEqual(record(5, 'a1-q', run2))
  })
})

describe('SQLite quiz store across a crash', () => {
  it('finds every answer and the record after a reopen without close', async () => {
    const file = join(dir, 'crash.db')
    const first = openSqliteStore(file)
    await first.replaceQuiz(0, record(1, 'a1-q', { 'a1-q': { phase: 'open', round: 1 } }))
    await Promise.all(Array.from({ length: 30 }, (_, i) => first.putAnswer(1, a(`d${i}`, [i % 2]))))
    const second = openSqliteStore(file)
    expect(await second.getQuiz('aula-1')).toMatchObject({ version: 1, current: 'a1-q' })
    expect(await second.countAnswers('aula-1', 'a1-q', 1)).toBe(30)
    await first.close()
    await second.close()
  })
})
