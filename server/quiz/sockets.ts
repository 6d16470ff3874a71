// The live questions on the room's sockets: quiz:control (presenter only; a student's is dropped
// and counted as forged), quiz:answer (students only; acked after the store has it), quiz:state
// to the room on every change (answer counts at most 4 times a second) and quiz:state + quiz:mine
// to a socket after its room:join. The device id comes from the handshake's `dd_aparelho` cookie.
import type { IncomingMessage } from 'node:http'
import type { Counters } from '../counters'
import { ackOf, incoming } from '../incoming'
import { socketRoom, type LiveIo, type LiveSocket, type SocketExtension } from '../sockets'
import { deviceCookieIfMissing, deviceFromCookieHeader, newDeviceId } from './device'
import { QUIZ_EVENTS, QuizAnswerPayload, QuizControlPayload } from './protocol'
import type { Quiz } from './quiz'

export interface QuizSocketOptions {
  io: LiveIo
  quiz: Quiz
  counters: Counters
  /** The shortest time between two answer-count updates of one room (default 250 ms: 4 a second). */
  countEveryMs?: number
}

/** The handshake request carries the id made for it, for the socket that comes out of it. */
const MADE = Symbol('dd-device')
type Marked = IncomingMessage & { [MADE]?: string }

export function createQuizSockets({ io, quiz, counters, countEveryMs = 250 }: QuizSocketOptions): SocketExtension {
  // A handshake without the device cookie gets one (the browser keeps it for the next connection).
  io.engine.on('initial_headers', (headers: Record<string, string | string[]>, req: Marked) => {
    const made = deviceCookieIfMissing(req)
    if (!made) return
    req[MADE] = made.id
    const previous = headers['set-cookie'] ?? headers['Set-Cookie']
    headers['set-cookie'] = [...(previous ? [previous].flat() : []), made.header]
  })
  io.use((socket, next) => {
    const req = socket.request as Marked
    socket.data.device = deviceFromCookieHeader(req.headers.cookie) ?? req[MADE] ?? newDeviceId()
    next()
  })

  const emitState = (room: string) => quiz.state(room).then(state => io.to(socketRoom(room)).emit(QUIZ_EVENTS.state, state), () => {})

  // Answer counts: the first change goes out at once, then at most one update per `countEveryMs`.
  const pending = new Map<string, { dirty: boolean }>()
  function answersChanged(room: string) {
    const known = pending.get(room)
    if (known) return void (known.dirty = true)
    const entry = { dirty: false }
    pending.set(room, entry)
    void emitState(room)
    const tick = () => {
      if (!entry.dirty) return void pending.delete(room)
      entry.dirty = false
      void emitState(room)
      setTimeout(tick, countEveryMs).unref()
    }
    setTimeout(tick, countEveryMs).unref()
  }

  return {
    events: [QUIZ_EVENTS.control, QUIZ_EVENTS.answer],
    connection(socket: LiveSocket) {
      socket.on(QUIZ_EVENTS.control, async (...args: unknown[]) => {
        const event = incoming(args, QuizControlPayload, counters, { forged: socket.data.role !== 'presenter' })
        if (!event) return
        const { payload, ack } = event
        const result = await quiz.control(payload)
        if (result.ok && result.changed) io.to(socketRoom(payload.room)).emit(QUIZ_EVENTS.state, result.state)
        ack?.(result.ok ? { ok: true, state: result.state } : result)
      })

      socket.on(QUIZ_EVENTS.answer, async (...args: unknown[]) => {
        if (socket.data.role !== 'student') return ackOf(args)?.({ ok: false, error: 'not-student' })
        const event = incoming(args, QuizAnswerPayload, counters)
        if (!event) return
        const { payload, ack } = event
        // Answers go to the room the socket follows (joined first, as the deck client does).
        if (payload.room !== socket.data.room) return ack?.({ ok: false, error: 'invalid' })
        const result = await quiz.answer(payload, socket.data.device)
        ack?.(result)
        if (result.ok) answersChanged(payload.room)
      })
    },
    joined(socket, room) {
      void (async () => {
        try {
          socket.emit(QUIZ_EVENTS.state, await quiz.state(room))
          if (socket.data.role !== 'student') return
          const mine = await quiz.mine(room, socket.data.device)
          if (mine) socket.emit(QUIZ_EVENTS.mine, mine)
        }
        catch {
          // Store unreachable: the next change reaches the socket with the room.
        }
      })()
    },
  }
}
