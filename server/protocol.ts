// The live classroom's messages: the one source of their schemas and types. The deck client
// (client/live/) imports the types from here; the server validates every payload against them.
import * as v from 'valibot'

/** Room id = deck id (`aula-3`). */
export const RoomId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))

export const JoinPayload = v.strictObject({ room: RoomId })

export const MovePayload = v.strictObject({
  room: RoomId,
  page: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
  clicks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
})

export const RoomStateSchema = v.object({
  room: RoomId,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  clicks: v.pipe(v.number(), v.integer(), v.minValue(0)),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updatedAt: v.number(),
})

export type Role = 'presenter' | 'student'
export type JoinRequest = v.InferOutput<typeof JoinPayload>
export type MoveRequest = v.InferOutput<typeof MovePayload>
export type RoomState = v.InferOutput<typeof RoomStateSchema>
export interface RoomCount { room: string, students: number }

/**
 * Why a join or move was refused: `invalid` payload, `unknown-room` (no such deck built),
 * `not-presenter` (a student's move; dropped and counted), `storage` (the store is unreachable: the
 * move was NOT applied), `busy` (lost a write race five times).
 */
export type ErrorCode = 'invalid' | 'unknown-room' | 'not-presenter' | 'storage' | 'busy'
/** Why an event was refused, in its acknowledgement. */
export type Refusal<E extends string> = { ok: false, error: E }
/** Every event's acknowledgement: `{ ok: true, …T }`, or a refusal with its reason. */
export type Reply<T, E extends string> = ({ ok: true } & T) | Refusal<E>
export type Failure = Refusal<ErrorCode>
export type JoinAck = Reply<{ role: Role, state: RoomState }, ErrorCode>
export type MoveAck = Reply<{ state: RoomState }, ErrorCode>

/** Client → server events (each with an ack callback). */
export interface ClientToServer {
  'room:join': (payload: JoinRequest, ack: (reply: JoinAck) => void) => void
  'room:move': (payload: MoveRequest, ack: (reply: MoveAck) => void) => void
}

/** Server → client events. */
export interface ServerToClient {
  /** To everyone in the room (students and presenters), after the move is stored. */
  'room:state': (state: RoomState) => void
  /**
   * To everyone in the room (the students' phones show "3 de 20 responderam" as the projector does),
   * at most once a second, summed over every live process. A head count identifies nobody.
   */
  'room:count': (count: RoomCount) => void
}

export const EVENTS = { join: 'room:join', move: 'room:move', state: 'room:state', count: 'room:count' } as const
