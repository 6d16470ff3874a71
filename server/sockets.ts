// The Socket.IO side: the role comes from the handshake's session cookie (never from the client),
// every event is rate-limited and validated, a student's presenter-only event is dropped and
// counted, and a move is stored before it is broadcast and acknowledged.
import type { Server, Socket } from 'socket.io'
import { sessionFromCookieHeader } from './auth'
import { createBucket } from './bucket'
import { incoming } from './incoming'
import type { Counters } from './counters'
import { EVENTS, JoinPayload, MovePayload, type ClientToServer, type Role, type ServerToClient } from './protocol'
import type { QuizClientToServer, QuizServerToClient } from './quiz/protocol'
import type { Rooms } from './rooms'
import { mayMove } from './rules'
import { sessionKey, type Store } from './store/store'

/** `device`: the anonymous `dd_aparelho` id of the handshake (server/quiz/device.ts). */
export interface SocketData { role: Role, room?: string, device: string }
/** Between live processes (Redis adapter): each answers how many students of a room it holds. */
export interface InterServer { students: (room: string, reply: (students: number) => void) => void }
export type LiveIo = Server<ClientToServer & QuizClientToServer, ServerToClient & QuizServerToClient, InterServer, SocketData>
export type LiveSocket = Socket<ClientToServer & QuizClientToServer, ServerToClient & QuizServerToClient, InterServer, SocketData>

/** More events on the same sockets (the live questions, server/quiz/sockets.ts). */
export interface SocketExtension {
  /** The event names it handles (any other unknown event is counted as malformed). */
  events: readonly string[]
  /** Adds its handlers to a new connection (behind the same rate bucket). */
  connection(socket: LiveSocket): void
  /** After a successful room:join was acknowledged. */
  joined(socket: LiveSocket, room: string): void
}

export interface SocketOptions {
  io: LiveIo
  rooms: Rooms
  store: Store
  counters: Counters
  /** More than one process (Redis adapter): student counts are summed across them. */
  clustered: boolean
  /** Events per second (and burst) a socket may send before the rest is dropped. */
  rate?: { student: [number, number], presenter: [number, number] }
  /** How often, at most, a room's student count is sent to its presenters. */
  countIntervalMs?: number
  extension?: SocketExtension
}

export const socketRoom = (room: string) => `room:${room}`
const studentsRoom = (room: string) => `students:${room}`
export const sessionRoom = (sessionId: string) => `session:${sessionKey(sessionId)}`

const OVERSIZED = /payload too large|too many chunks|max payload size exceeded/i

export function attachRoomHandlers(options: SocketOptions): void {
  const { io, rooms, store, counters, clustered } = options
  const rate = options.rate ?? { student: [10, 30], presenter: [60, 120] }
  const countIntervalMs = options.countIntervalMs ?? 1000
  const known = new Set<string>([EVENTS.join, EVENTS.move, ...(options.extension?.events ?? [])])
  const localStudents = (room: string) => io.of('/').adapter.rooms.get(studentsRoom(room))?.size ?? 0

  // Oversized and unparsable messages close only the sender's connection; count why.
  io.engine.on('connection', (raw: { on: (e: 'close', f: (reason: string, description?: unknown) => void) => void }) => {
    raw.on('close', (reason, description) => {
      if (reason === 'parse error') counters.count('malformed')
      else if (reason === 'transport error' && OVERSIZED.test(String((description as Error | undefined)?.message ?? description))) counters.count('oversized')
    })
  })

  // Student counts, summed over every process when clustered; sent to the whole room (the phones
  // show "3 de 20 responderam" too) at most once per interval.
  if (clustered) io.on('students', (room, reply) => reply(localStudents(room)))
  async function studentCount(room: string): Promise<number> {
    if (!clustered) return localStudents(room)
    try {
      const others = await io.serverSideEmitWithAck('students', room)
      return localStudents(room) + others.reduce((a, b) => a + b, 0)
    }
    catch {
      return localStudents(room)
    }
  }
  const pendingCounts = new Map<string, NodeJS.Timeout>()
  function scheduleCount(room: string) {
    if (pendingCounts.has(room)) return
    const timer = setTimeout(async () => {
      pendingCounts.delete(room)
      io.to(socketRoom(room)).emit(EVENTS.count, { room, students: await studentCount(room) })
    }, countIntervalMs)
    timer.unref()
    pendingCounts.set(room, timer)
  }

  io.use(async (socket, next) => {
    const session = sessionFromCookieHeader(socket.request.headers.cookie)
    let presenter = false
    try {
      presenter = !!session && await store.hasSession(session, Date.now())
    }
    catch {
      // Store unreachable: the socket follows as a student until it reconnects.
    }
    socket.data.role = presenter ? 'presenter' : 'student'
    if (presenter) void socket.join(sessionRoom(session!))
    next()
  })

  io.on('connection', (socket: LiveSocket) => {
    const [perSecond, burst] = socket.data.role === 'presenter' ? rate.presenter : rate.student
    const bucket = createBucket(perSecond, burst, Date.now())
    socket.use(([event], next) => {
      if (!bucket.take(Date.now())) return counters.count('flood')
      if (!known.has(event)) return counters.count('malformed')
      next()
    })
    socket.on('error', () => counters.count('malformed'))
    socket.on('disconnect', () => {
      if (socket.data.room) scheduleCount(socket.data.room)
    })

    socket.on(EVENTS.join, async (...args: unknown[]) => {
      const event = incoming(args, JoinPayload, counters)
      if (!event) return
      const { payload: { room }, ack } = event
      const result = await rooms.join(room)
      if (!result.ok) return ack?.(result)
      const previous = socket.data.room
      if (previous && previous !== room) {
        for (const r of [socketRoom(previous), studentsRoom(previous)]) void socket.leave(r)
        scheduleCount(previous)
      }
      socket.data.room = room
      await socket.join(socket.data.role === 'presenter' ? socketRoom(room) : [socketRoom(room), studentsRoom(room)])
      ack?.({ ok: true, role: socket.data.role, state: result.state })
      scheduleCount(room)
      options.extension?.joined(socket, room)
    })

    socket.on(EVENTS.move, async (...args: unknown[]) => {
      const event = incoming(args, MovePayload, counters, { forged: !mayMove(socket.data.role) })
      if (!event) return
      const { payload, ack } = event
      const result = await rooms.move(socket.data.role, payload)
      if (!result.ok) return ack?.(result)
      if (result.changed) io.to(socketRoom(result.state.room)).emit(EVENTS.state, result.state)
      ack?.({ ok: true, state: result.state })
    })
    options.extension?.connection(socket)
  })
}
