// Socket.IO with real clients: join, move, state and count per the protocol; the role from the
// handshake cookie; refusals (forged, malformed, oversized, foreign origin) dropped and counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRefusalLine } from '#server/counters'
import { client, connected, login, startTestServer, stateAt, until, type LiveClient, type TestServer } from '../support/live'

let server: TestServer
let cookie: string
const open: LiveClient[] = []
const track = (socket: LiveClient) => (open.push(socket), socket)

beforeAll(async () => {
  server = await startTestServer()
  cookie = await login(server.url)
})
afterAll(async () => {
  for (const socket of open) socket.disconnect()
  await server.close()
})

async function joined(options: Parameters<typeof client>[1] = {}, room = 'aula-1') {
  const socket = track(client(server.url, options))
  await connected(socket)
  const reply = await socket.timeout(3000).emitWithAck('room:join', { room })
  return { socket, reply }
}

describe('room protocol', () => {
  it('gives a student the room state and the student role', async () => {
    const { reply } = await joined()
    expect(reply).toMatchObject({ ok: true, role: 'student', state: { room: 'aula-1', page: expect.any(Number), clicks: expect.any(Number), version: expect.any(Number) } })
  })

  it('takes the presenter role from the session cookie, never from the client', async () => {
    expect((await joined({ cookie })).reply).toMatchObject({ ok: true, role: 'presenter' })
    expect((await joined({ cookie: 'dd_sessao=forjado-forjado-forjado-forjado' })).reply).toMatchObject({ ok: true, role: 'student' })
  })

  it('moves the room: stored, broadcast to every follower, acknowledged with version + 1', async () => {
    const presenter = await joined({ cookie })
    const students = await Promise.all([joined(), joined(), joined({ transports: ['polling'] })])
    const before = presenter.reply.ok ? presenter.reply.state.version : -1
    const arrivals = students.map(s => stateAt(s.socket, before + 1))
    const ack = await presenter.socket.timeout(3000).emitWithAck('room:move', { room: 'aula-1', page: 4, clicks: 1 })
    expect(ack).toMatchObject({ ok: true, state: { room: 'aula-1', page: 4, clicks: 1, version: before + 1 } })
    for (const state of await Promise.all(arrivals)) expect(state).toMatchObject({ page: 4, clicks: 1, version: before + 1 })
    expect(await server.store.getRoom('aula-1')).toMatchObject({ page: 4, clicks: 1, version: before + 1 })
    // A late joiner lands on the current position.
    expect((await joined()).reply).toMatchObject({ state: { page: 4, clicks: 1 } })
  })

  it('sends the whole room how many students follow (the phones show "N de M responderam")', async () => {
    const presenter = await joined({ cookie }, 'aula-2')
    const counts: number[] = []
    presenter.socket.on('room:count', c => c.room === 'aula-2' && counts.push(c.students))
    const first = await joined({}, 'aula-2')
    const studentCounts: number[] = []
    first.socket.on('room:count', c => c.room === 'aula-2' && studentCounts.push(c.students))
    await joined({}, 'aula-2')
    await until(() => counts.at(-1) === 2, 5000, 'contagem 2 no apresentador')
    await until(() => studentCounts.at(-1) === 2, 5000, 'contagem 2 no aluno')
  })

  it('refuses an unknown room and an invalid room id', async () => {
    expect((await joined({}, 'aula-99')).reply).toEqual({ ok: false, error: 'unknown-room' })
    expect((await joined({}, '../etc')).reply).toEqual({ ok: false, error: 'invalid' })
  })
})

describe('refusals, counted, without harming the others', () => {
  it('drops a student\'s move (well-formed or not), never broadcasts it, and counts it', async () => {
    const follower = await joined()
    const student = await joined()
    const seen: number[] = []
    follower.socket.on('room:state', s => seen.push(s.page))
    const forged = server.counters.get('forged')
    const before = await server.store.getRoom('aula-1')
    expect(await student.socket.timeout(3000).emitWithAck('room:move', { room: 'aula-1', page: 99, clicks: 0 })).toEqual({ ok: false, error: 'not-presenter' })
    expect(await student.socket.timeout(3000).emitWithAck('room:move', { room: 'aula-1', page: -1 } as never)).toEqual({ ok: false, error: 'not-presenter' })
    expect(server.counters.get('forged')).toBe(forged + 2)
    expect(await server.store.getRoom('aula-1')).toEqual(before)
    expect(seen).toEqual([])
    expect(student.socket.connected).toBe(true)
  })

  it('drops malformed payloads and unknown events, and counts them', async () => {
    const presenter = await joined({ cookie })
    const malformed = server.counters.get('malformed')
    for (const bad of [null, 'aula-1', { room: 'aula-1', page: 1.5, clicks: 0 }, { room: 'aula-1', page: 2, clicks: 0, extra: true }, { room: 'AULA 1', page: 2, clicks: 0 }]) {
      expect(await presenter.socket.timeout(3000).emitWithAck('room:move', bad as never), JSON.stringify(bad)).toEqual({ ok: false, error: 'invalid' })
    }
    ;(presenter.socket as unknown as { emit: (e: string, p: unknown) => void }).emit('room:delete', { room: 'aula-1' })
    await until(() => server.counters.get('malformed') === malformed + 6, 3000, 'malformados contados')
    expect(presenter.socket.connected).toBe(true)
  })

  it('closes only the sender of an oversized message (1 MB), and counts it', async () => {
    const follower = await joined()
    const { socket: big } = await joined()
    const oversized = server.counters.get('oversized')
    big.io.opts.reconnection = false
    const gone = new Promise(resolve => big.once('disconnect', resolve))
    big.emit('room:join', { room: 'x'.repeat(1024 * 1024) }, () => {})
    await gone
    await until(() => server.counters.get('oversized') === oversized + 1, 3000, 'grande contado')
    expect(follower.socket.connected).toBe(true)
    expect((await follower.socket.timeout(3000).emitWithAck('room:join', { room: 'aula-1' })).ok).toBe(true)
  })

  it('refuses a foreign Origin, on WebSocket and on polling, and counts it', async () => {
    const origin = server.counters.get('origin')
    for (const transports of [['websocket'], ['polling']]) {
      const socket = track(client(server.url, { origin: 'https://malicioso.exemplo', transports }))
      socket.io.opts.reconnection = false
      await expect(connected(socket)).rejects.toThrow()
    }
    expect(server.counters.get('origin')).toBe(origin + 2)
    // The same origin as the server is fine.
    await connected(track(client(server.url, { origin: server.url })))
  })

  it('reports the refusals in a log line', async () => {
    await until(() => !!parseRefusalLine(server.logs.join('\n')), 3000, 'linha de recusas')
    const line = parseRefusalLine(server.logs.join('\n'))!
    expect(Object.keys(line)).toEqual(['origem', 'malformado', 'grande', 'falsificado', 'excesso', 'senha-errada', 'senha-bloqueada'])
    await until(() => parseRefusalLine(server.logs.join('\n'))!['falsificado'] >= 2, 3000, 'falsificado na linha')
  })
})
