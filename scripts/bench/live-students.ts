// A worker process of `npm run bench:live`: opens many simulated students on loopback and reports
// when each room state arrived. Two kinds: socket.io-client students that (re)join their room on
// every connect like the deck client, and viewers of Slidev's remote mode, which listen on Vite's HMR
// WebSocket as Slidev's own client does. Driven by its parent over IPC (live-harness.ts).
import { io, type Socket } from 'socket.io-client'

export type ToWorker =
  | { type: 'connect', url: string, rooms: string[], count: number, offset: number, slidevToken?: string }
  | { type: 'arrivals' }
  | { type: 'storm', expected: Record<string, { version: number, page: number }> }
  | { type: 'close' }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'connected', connectMs: number[], failed: number }
  | { type: 'arrivals', arrivals: Record<string, number[]> }
  | { type: 'stormed', settledAt: number[], unsettled: number }

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const now = () => performance.timeOrigin + performance.now()

interface Student { socket: Socket, room: string, version: number, onSettled?: () => void, target?: number }

const students: Student[] = []
const arrivals: Record<string, number[]> = {}
const send = (message: FromWorker) => process.send!(message)

function open(url: string, room: string): Promise<number | undefined> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error('o benchmark só usa o loopback (127.0.0.1)')
  const started = now()
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 2000, timeout: 20_000 })
  const student: Student = { socket, room, version: -1 }
  students.push(student)
  const seen = (state: { room: string, page: number, clicks: number, version: number }) => {
    if (state.version <= student.version) return
    student.version = state.version
    if (student.target !== undefined && state.version >= student.target) {
      student.target = undefined
      student.onSettled?.()
    }
  }
  socket.on('room:state', (state) => {
    const key = `${state.room}:${state.page}`
    ;(arrivals[key] ??= []).push(now())
    seen(state)
  })
  return new Promise((resolve) => {
    let first = true
    socket.on('connect', () => {
      socket.timeout(20_000).emit('room:join', { room }, (error: Error | null, reply: { ok: boolean, state: { room: string, page: number, clicks: number, version: number } }) => {
        if (!error && reply?.ok) seen(reply.state)
        if (first) {
          first = false
          resolve(!error && reply?.ok ? now() - started : undefined)
        }
      })
    })
    socket.on('connect_error', () => {
      if (first && !socket.active) {
        first = false
        resolve(undefined)
      }
    })
  })
}

interface Viewer { ws?: WebSocket, page: number, url: string, token: string }
const viewers: Viewer[] = []

/** A Slidev viewer: Vite's HMR WebSocket, on which Slidev's server-ref plugin broadcasts `nav` patches. */
function openViewer(viewer: Viewer): Promise<number | undefined> {
  const started = now()
  const ws = new WebSocket(`${viewer.url.replace('http', 'ws')}/?token=${viewer.token}`, 'vite-hmr')
  viewer.ws = ws
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data))
    if (message.type !== 'custom' || message.event !== 'vue-server-ref' || message.data?.key !== 'nav') return
    const page = message.data.patch?.page ?? message.data.data?.page
    if (typeof page !== 'number') return
    ;(arrivals[`aula-1:${page}`] ??= []).push(now())
    viewer.page = page
  })
  return new Promise((resolve) => {
    ws.addEventListener('open', () => resolve(now() - started), { once: true })
    ws.addEventListener('error', () => resolve(undefined), { once: true })
  })
}

/** What a reconnecting Slidev client reads to learn the position: the nav module, with the state inlined. */
async function slidevPosition(url: string): Promise<number | undefined> {
  const code = await (await fetch(`${url}/@server-reactive/nav`)).text()
  return Number(/const data = reactive\(\{"page":(\d+)/.exec(code)?.[1])
}

process.on('message', async (message: ToWorker) => {
  if (message.type === 'connect' && message.slidevToken) {
    const results: (number | undefined)[] = []
    for (let i = 0; i < message.count; i += 50) {
      const wave = Array.from({ length: Math.min(50, message.count - i) }, () => {
        const viewer: Viewer = { page: 0, url: message.url, token: message.slidevToken! }
        viewers.push(viewer)
        return openViewer(viewer)
      })
      results.push(...await Promise.all(wave))
    }
    send({ type: 'connected', connectMs: results.filter((r): r is number => r !== undefined), failed: results.filter(r => r === undefined).length })
    return
  }
  if (message.type === 'storm' && viewers.length) {
    const expected = message.expected['aula-1'].page
    const settledAt: number[] = []
    for (const v of viewers) v.ws?.close()
    await Promise.all(viewers.map(async (v) => {
      if (await openViewer(v) === undefined) return
      if (await slidevPosition(v.url).catch(() => undefined) === expected) settledAt.push(now())
    }))
    send({ type: 'stormed', settledAt, unsettled: viewers.length - settledAt.length })
    return
  }
  if (message.type === 'connect') {
    // Open in waves of 50 so the worker's own event loop does not become the bottleneck.
    const results: (number | undefined)[] = []
    for (let i = 0; i < message.count; i += 50) {
      const wave = Array.from({ length: Math.min(50, message.count - i) }, (_, j) => {
        const index = message.offset + i + j
        return open(message.url, message.rooms[index % message.rooms.length])
      })
      results.push(...await Promise.all(wave))
    }
    send({ type: 'connected', connectMs: results.filter((r): r is number => r !== undefined), failed: results.filter(r => r === undefined).length })
  }
  else if (message.type === 'arrivals') {
    send({ type: 'arrivals', arrivals })
  }
  else if (message.type === 'storm') {
    // Everyone drops at once and reconnects; settled = back in the room at the expected version.
    const settledAt: number[] = []
    const done = students.map(student => new Promise<void>((resolve) => {
      student.version = -1
      student.target = message.expected[student.room].version
      student.onSettled = () => {
        settledAt.push(now())
        resolve()
      }
    }))
    for (const s of students) s.socket.disconnect()
    for (const s of students) s.socket.connect()
    await Promise.race([Promise.all(done), new Promise(r => setTimeout(r, 30_000))])
    send({ type: 'stormed', settledAt, unsettled: students.length - settledAt.length })
  }
  else if (message.type === 'close') {
    for (const s of students) s.socket.disconnect()
    for (const v of viewers) v.ws?.close()
    process.exit(0)
  }
})

send({ type: 'ready' })
