// Two live processes behind one real redis-server: a login on A is valid on B, the presenter on A
// moves the students on B (fan-out by @socket.io/redis-adapter), the room state lives in Redis.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { redisStore } from '#server/store/redis'
import { client, connected, fixtureDist, login, PASSWORD, stateAt, until, type LiveClient } from '../support/live'
import { freePorts, spawnLive, type LiveProcess } from '../support/live-process'
import { hasRedisServer, NO_REDIS_REASON, startRedis, type TestRedis } from '../support/redis'

describe.skipIf(!hasRedisServer)(`Redis${hasRedisServer ? '' : ` — ignorado: ${NO_REDIS_REASON}`}`, () => {
  let redis: TestRedis
  const dir = mkdtempSync(join(tmpdir(), 'dd-live-redis-'))
  beforeAll(async () => {
    redis = await startRedis()
  })
  afterAll(async () => {
    await redis?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores rooms with a version check and sessions with an expiry', async () => {
    const connection = createClient({ url: redis.url })
    await connection.connect()
    const store = redisStore(connection)
    const state = { room: 'aula-1', page: 2, clicks: 0, version: 1, updatedAt: 1 }
    expect(await store.replaceRoom(0, state)).toBe(true)
    expect(await store.replaceRoom(0, { ...state, page: 9 })).toBe(false)
    expect(await store.replaceRoom(1, { ...state, page: 3, version: 2 })).toBe(true)
    await store.restoreRoom({ ...state, version: 1 })
    expect(await store.getRoom('aula-1')).toMatchObject({ page: 3, version: 2 })
    await store.createSession('sessao-redis-1234567890', Date.now() + 60_000)
    expect(await store.hasSession('sessao-redis-1234567890', Date.now())).toBe(true)
    expect(JSON.stringify(await connection.keys('*'))).not.toContain('sessao-redis')
    await store.deleteSession('sessao-redis-1234567890')
    expect(await store.hasSession('sessao-redis-1234567890', Date.now())).toBe(false)
    await connection.flushAll()
    await connection.quit()
  })

  describe('two processes on two ports', () => {
    let a: LiveProcess
    let b: LiveProcess
    let urlA: string
    let urlB: string
    const sockets: LiveClient[] = []

    beforeAll(async () => {
      const [portA, portB] = await freePorts(2)
      const env = { DIST_DIR: fixtureDist, REDIS_URL: redis.url, LIVE_PASSWORD: PASSWORD, LIVE_REPORT_MS: '100' }
      a = spawnLive(['--port', String(portA)], { ...env, LIVE_DB: join(dir, 'a.db') })
      b = spawnLive(['--port', String(portB)], { ...env, LIVE_DB: join(dir, 'b.db') })
      await Promise.all([a.waitFor(/Estado das salas: Redis/), b.waitFor(/Estado das salas: Redis/)])
      urlA = `http://127.0.0.1:${portA}`
      urlB = `http://127.0.0.1:${portB}`
    }, 60_000)
    afterAll(async () => {
      for (const s of sockets) s.disconnect()
      await Promise.all([a?.stop(), b?.stop()])
    }, 30_000)

    const follow = async (url: string, cookie?: string, transports?: string[]) => {
      const socket = client(url, { cookie, transports })
      sockets.push(socket)
      await connected(socket)
      return { socket, reply: await socket.timeout(5000).emitWithAck('room:join', { room: 'aula-1' }) }
    }

    it('accepts on B a session made on A', async () => {
      const cookie = await login(urlA)
      expect((await fetch(`${urlB}/aula-1/presenter/`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200)
      expect((await follow(urlB, cookie)).reply).toMatchObject({ ok: true, role: 'presenter' })
    })

    it('moves the students on B from the presenter on A, and counts them on A', async () => {
      const cookie = await login(urlA)
      const presenter = await follow(urlA, cookie)
      const counts: number[] = []
      presenter.socket.on('room:count', c => counts.push(c.students))
      const students = await Promise.all([follow(urlB), follow(urlB), follow(urlB, undefined, ['polling']), follow(urlA)])
      const version = presenter.reply.ok ? presenter.reply.state.version : 0
      for (const [i, page] of [3, 4, 5].entries()) {
        const arrivals = students.map(s => stateAt(s.socket, version + i + 1))
        const ack = await presenter.socket.timeout(5000).emitWithAck('room:move', { room: 'aula-1', page, clicks: 0 })
        expect(ack).toMatchObject({ ok: true, state: { page, version: version + i + 1 } })
        for (const state of await Promise.all(arrivals)) expect(state).toMatchObject({ page, version: version + i + 1 })
      }
      // Two processes, one state: a student joining B now starts where A moved the room.
      expect((await follow(urlB)).reply).toMatchObject({ ok: true, state: { page: 5 } })
      await until(() => counts.at(-1) === 5, 5000, 'cinco alunos somados entre os processos')
    })

    it('refuses a student\'s move on B and counts it there', async () => {
      const student = await follow(urlB)
      expect(await student.socket.timeout(5000).emitWithAck('room:move', { room: 'aula-1', page: 9, clicks: 0 })).toEqual({ ok: false, error: 'not-presenter' })
      await b.waitFor(/\[ao vivo\] recusas:.*falsificado=1/)
    })
  })
})
