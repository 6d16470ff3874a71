// The live questions with a real server and real socket.io-client sockets: a whole round with many
// students who change their answers and a late joiner, the device cookie, the refusals (forged,
// malformed, flood), and the catalog kept away from every URL.
import { randomBytes } from 'node:crypto'
import { request, type IncomingHttpHeaders } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseRefusalLine } from '#server/counters'
import { login, startTestServer, until, type TestServer } from '../support/live'
import { answer, catalog, control, deviceCookie, joinedStudent, quizDist, type Student } from '../support/quiz'

const Q = 'a1-kernel-compartilhado'
const MULTI = 'a1-isolamento'
let server: TestServer
let dist: ReturnType<typeof quizDist>
let cookie: string
const open: Student[] = []
const track = async (promise: Promise<Student>) => {
  const s = await promise
  open.push(s)
  return s
}
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' })

beforeAll(async () => {
  dist = quizDist()
  server = await startTestServer({ distDir: dist.dir })
  cookie = await login(server.url)
})
afterAll(async () => {
  for (const s of open) s.socket.disconnect()
  await server.close()
  dist.remove()
})

describe('a round with a class', () => {
  it('runs open → answers (changed) → close → round 2 with a late joiner → close → reveal', async () => {
    const presenter = await track(joinedStudent(server.url, 'aula-1', { cookie: `${cookie}; ${deviceCookie()}` }))
    const students = await Promise.all(Array.from({ length: 24 }, (_, i) => track(joinedStudent(server.url, 'aula-1', { transports: i % 4 ? ['websocket'] : ['polling'] }))))
    await until(() => presenter.latest()?.phase === 'idle', 5000, 'estado inicial depois de entrar')

    const opened = await control(presenter.socket, Q, 'open')
    expect(opened).toMatchObject({ ok: true, state: { question: Q, phase: 'open', round: 1, answered: 0, tallies: [], correct: null, explanation: null } })
    await until(() => students.every(s => s.latest()?.phase === 'open'), 5000, 'rodada 1 aberta em todos')

    // Everyone answers option 2 (index 1); then the first 10 change their mind to option 1.
    const first = await Promise.all(students.map(s => answer(s.socket, Q, 1, [1])))
    expect(first.every(a => a.ok)).toBe(true)
    expect(first[0]).toEqual({ ok: true, answer: { room: 'aula-1', question: Q, round: 1, choices: [1] } })
    const changed = await Promise.all(students.slice(0, 10).map(s => answer(s.socket, Q, 1, [0])))
    expect(changed.every(a => a.ok)).toBe(true)
    await until(() => [presenter, ...students].every(s => s.latest()?.answered === 24), 5000, '"24 responderam" no apresentador e nos alunos')
    // No counts while the round is open: nobody votes with the crowd.
    expect(students[0].latest()).toMatchObject({ answered: 24, tallies: [] })

    const closed = await control(presenter.socket, Q, 'close')
    expect(closed).toMatchObject({ ok: true, state: { phase: 'closed', round: 1, tallies: [[10, 14, 0]] } })
    expect(await answer(students[0].socket, Q, 1, [2])).toEqual({ ok: false, error: 'closed' })
    await until(() => students.every(s => s.latest()?.tallies[0]?.[1] === 14), 5000, 'distribuição da rodada 1 em todos')

    expect(await control(presenter.socket, Q, 'open')).toMatchObject({ ok: true, state: { phase: 'open', round: 2, answered: 0, tallies: [[10, 14, 0]] } })
    // A student who joins mid-question gets the state at once and can answer the open round.
    const late = await track(joinedStudent(server.url))
    await until(() => late.latest()?.round === 2, 5000, 'estado para quem chegou atrasado')
    expect(late.latest()).toMatchObject({ question: Q, phase: 'open', round: 2, tallies: [[10, 14, 0]] })
    expect(late.mine).toEqual([])
    const second = await Promise.all([...students, late].map((s, i) => answer(s.socket, Q, 2, [i < 20 ? 0 : 2])))
    expect(second.every(a => a.ok)).toBe(true)
    expect(await answer(late.socket, Q, 1, [0])).toEqual({ ok: false, error: 'closed' })

    expect(await control(presenter.socket, Q, 'close')).toMatchObject({ ok: true, state: { phase: 'closed', round: 2, answered: 25, tallies: [[10, 14, 0], [20, 0, 5]] } })
    const revealed = await control(presenter.socket, Q, 'reveal')
    expect(revealed).toMatchObject({ ok: true, state: { phase: 'revealed', correct: [0], explanation: catalog['aula-1'][0].explanation } })
    await until(() => [...students, late].every(s => s.latest()?.phase === 'revealed' && s.latest()?.correct?.[0] === 0), 5000, 'resposta revelada em todos')

    // A reloaded phone (same device cookie, new connection) gets its own answer back.
    const again = await track(joinedStudent(server.url, 'aula-1', { cookie: students[3].cookie }))
    await until(() => again.mine.length === 1, 5000, 'quiz:mine depois de entrar de novo')
    expect(again.mine[0]).toEqual({ room: 'aula-1', question: Q, round: 2, choices: [0] })
  })

  it('sends answer counts to the room at most 4 times a second', async () => {
    const presenter = await track(joinedStudent(server.url, 'aula-1', { cookie }))
    expect(await control(presenter.socket, 'a1-portabilidade', 'open')).toMatchObject({ ok: true, state: { phase: 'open' } })
    const students = await Promise.all(Array.from({ length: 40 }, () => track(joinedStudent(server.url))))
    const before = presenter.states.length
    const started = Date.now()
    // 40 answers spread over ~1 s.
    for (const [i, s] of students.entries()) {
      void answer(s.socket, 'a1-portabilidade', 1, [i % 2])
      await new Promise(r => setTimeout(r, 25))
    }
    await until(() => presenter.latest()?.answered === 40, 5000, '40 respostas contadas')
    const seconds = (Date.now() - started) / 1000
    const updates = presenter.states.length - before
    expect(updates).toBeGreaterThanOrEqual(2)
    expect(updates).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 1)
    expect(await control(presenter.socket, 'a1-portabilidade', 'close')).toMatchObject({ ok: true, state: { tallies: [[20, 20]] } })
  })

  it('takes several choices for a question with several correct options; reset deletes its answers', async () => {
    const presenter = await track(joinedStudent(server.url, 'aula-1', { cookie }))
    const s = await track(joinedStudent(server.url))
    await control(presenter.socket, MULTI, 'open')
    await until(() => s.latest()?.question === MULTI, 5000, 'pergunta nova')
    expect(await answer(s.socket, MULTI, 1, [2, 0])).toEqual({ ok: true, answer: { room: 'aula-1', question: MULTI, round: 1, choices: [0, 2] } })
    expect(await answer(s.socket, MULTI, 1, [4])).toEqual({ ok: false, error: 'invalid' })
    expect(await server.store.countAnswers('aula-1', MULTI, 1)).toBe(1)
    expect(await control(presenter.socket, MULTI, 'reset')).toMatchObject({ ok: true, state: { question: MULTI, phase: 'idle', round: 0 } })
    expect(await server.store.countAnswers('aula-1', MULTI, 1)).toBe(0)
  })
})

describe('refusals', () => {
  it('drops a student\'s control, counts it as forged, and changes nothing', async () => {
    const s = await track(joinedStudent(server.url))
    const before = await server.store.getQuiz('aula-1')
    const forged = server.counters.get('forged')
    expect(await control(s.socket, Q, 'reset')).toEqual({ ok: false, error: 'not-presenter' })
    expect(await s.socket.timeout(3000).emitWithAck('quiz:control', { room: 'aula-1', question: Q, action: 'open', role: 'presenter' } as never)).toEqual({ ok: false, error: 'not-presenter' })
    expect(server.counters.get('forged')).toBe(forged + 2)
    expect(await server.store.getQuiz('aula-1')).toEqual(before)
    await until(() => (parseRefusalLine(server.logs.join('\n'))?.['falsificado'] ?? 0) >= forged + 2, 3000, 'falsificado na linha')
  })

  it('refuses malformed payloads (counted), unknown questions, a presenter\'s answer and a room not joined', async () => {
    const presenter = await track(joinedStudent(server.url, 'aula-1', { cookie }))
    const s = await track(joinedStudent(server.url))
    const malformed = server.counters.get('malformed')
    const bad = [null, { room: 'aula-1', question: Q, round: 3, choices: [0] }, { room: 'aula-1', question: Q, round: 1, choices: [] },
      { room: 'aula-1', question: Q, round: 1, choices: [0.5] }, { room: 'aula-1', question: Q, round: 1, choices: [9] }, { room: 'aula-1', question: 'A B', round: 1, choices: [0] },
      { room: 'aula-1', question: Q, round: 1, choices: [0], extra: 1 }]
    for (const payload of bad) expect(await s.socket.timeout(3000).emitWithAck('quiz:answer', payload as never), JSON.stringify(payload)).toEqual({ ok: false, error: 'invalid' })
    for (const payload of [{ room: 'aula-1', question: Q, action: 'apagar' }, { room: 'aula-1', action: 'open' }])
      expect(await presenter.socket.timeout(3000).emitWithAck('quiz:control', payload as never)).toEqual({ ok: false, error: 'invalid' })
    expect(server.counters.get('malformed')).toBe(malformed + bad.length + 2)
    expect(await control(presenter.socket, 'a1-nao-existe', 'open')).toEqual({ ok: false, error: 'unknown-question' })
    expect(await control(presenter.socket, 'a2-runc', 'open')).toEqual({ ok: false, error: 'unknown-question' })
    expect(await answer(presenter.socket, Q, 1, [0])).toEqual({ ok: false, error: 'not-student' })
    expect(await answer(s.socket, 'a2-runc', 1, [0], 'aula-2')).toEqual({ ok: false, error: 'invalid' })
    expect(s.socket.connected).toBe(true)
  })

  it('drops a flood of answers at the door (counted) while the others answer; one answer per device', async () => {
    const presenter = await track(joinedStudent(server.url, 'aula-1', { cookie }))
    await control(presenter.socket, Q, 'reset')
    await control(presenter.socket, Q, 'open')
    const flooder = await track(joinedStudent(server.url))
    const others = await Promise.all(Array.from({ length: 5 }, () => track(joinedStudent(server.url))))
    const flood = server.counters.get('flood')
    for (let i = 0; i < 300; i++) flooder.socket.emit('quiz:answer', { room: 'aula-1', question: Q, round: 1, choices: [i % 3] }, () => {})
    expect((await Promise.all(others.map(o => answer(o.socket, Q, 1, [0])))).every(a => a.ok)).toBe(true)
    await until(() => server.counters.get('flood') - flood >= 250, 5000, 'excesso contado')
    await until(async () => await server.store.countAnswers('aula-1', Q, 1) === 6, 5000, 'seis aparelhos, seis respostas')
    expect(flooder.socket.connected).toBe(true)
  })
})

describe('the device cookie', () => {
  it('is set on HTML responses when missing (HttpOnly, SameSite=Lax, a year), and kept when present', async () => {
    const res = await get('/aula-1/')
    const set = res.headers.get('set-cookie')!
    expect(set).toMatch(/^dd_aparelho=[\w-]{22};/)
    expect(set).toMatch(/HttpOnly/)
    expect(set).toMatch(/SameSite=Lax/)
    expect(set).toMatch(/Path=\//)
    expect(set).toMatch(/Max-Age=31536000/)
    expect((await get('/aula-1/', { cookie: set.split(';')[0] })).headers.get('set-cookie')).toBeNull()
    expect((await get('/aula-1/', { cookie: 'dd_aparelho=curto' })).headers.get('set-cookie')).toMatch(/^dd_aparelho=[\w-]{22};/)
  })

  it('is set on the Socket.IO handshake when missing, on polling and on WebSocket', async () => {
    const res = await get('/socket.io/?EIO=4&transport=polling')
    expect(res.headers.get('set-cookie')).toMatch(/^dd_aparelho=[\w-]{22};.*HttpOnly/)
    expect((await get('/socket.io/?EIO=4&transport=polling', { cookie: deviceCookie() })).headers.get('set-cookie')).toBeNull()
    // A WebSocket handshake: the 101 response's headers.
    const upgrade = (headers: Record<string, string> = {}) => new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const req = request(`${server.url}/socket.io/?EIO=4&transport=websocket`, {
        headers: { 'connection': 'Upgrade', 'upgrade': 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64'), ...headers },
      })
      req.on('upgrade', (response, socket) => {
        socket.destroy()
        resolve(response.headers)
      })
      req.on('error', reject)
      req.end()
    })
    expect(String((await upgrade())['set-cookie'])).toMatch(/^dd_aparelho=[\w-]{22};.*HttpOnly/)
    expect((await upgrade({ cookie: deviceCookie() }))['set-cookie']).toBeUndefined()
  })
})

describe('the catalog', () => {
  it('is never served, to students or to the presenter, compressed or not, by any path', async () => {
    const paths = ['/perguntas.json', '/perguntas.json.br', '/perguntas.json.gz', '/busca/..%2fperguntas.json', '/aula-1/..%2fperguntas.json']
    for (const path of paths) {
      for (const headers of [{}, { cookie }, { 'accept-encoding': 'br, gzip' }] as Record<string, string>[]) {
        const res = await get(path, headers)
        expect(res.status, `${path} ${JSON.stringify(headers)}`).not.toBe(200)
        expect(await res.text()).not.toContain('explanation')
      }
    }
  })

  it('names its questions in the banner line', () => {
    expect(server.questionsLine).toBe('Perguntas ao vivo: 4 (aula-1: 3, aula-2: 1).')
  })
})
