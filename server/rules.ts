// The room's rules as plain functions: who may move a room, how a move changes its state, which
// of two states is newer. No network, no storage: the socket layer and the stores call these.
import type { ErrorCode, MoveRequest, Role, RoomState } from './protocol'

/** The error codes sent in acks (`{ ok: false, error }`), listed in protocol.ts. */
export type RoomError = ErrorCode

/** Where a room starts before the presenter first moves it. */
export function initialState(room: string, now: number): RoomState {
  return { room, page: 1, clicks: 0, version: 0, updatedAt: now }
}

/** Only the presenter's session moves a room; everyone else's move is refused (and counted). */
export function mayMove(role: Role): boolean {
  return role === 'presenter'
}

export type MoveResult =
  | { ok: true, state: RoomState, changed: boolean }
  | { ok: false, error: RoomError }

/**
 * The state after `move`: version + 1 for a new position; the same state (changed: false) when the
 * presenter is already there, so a repeated key press writes and broadcasts nothing.
 */
export function applyMove(current: RoomState, role: Role, move: MoveRequest, now: number): MoveResult {
  if (!mayMove(role)) return { ok: false, error: 'not-presenter' }
  if (move.room !== current.room) return { ok: false, error: 'invalid' }
  if (move.page === current.page && move.clicks === current.clicks) return { ok: true, state: current, changed: false }
  return {
    ok: true,
    changed: true,
    state: { room: current.room, page: move.page, clicks: move.clicks, version: current.version + 1, updatedAt: Math.max(now, current.updatedAt) },
  }
}

/** Whether `next` should replace `known` on a follower (states may arrive out of order). */
export function isNewer(next: RoomState, known: RoomState | undefined): boolean {
  return !known || next.version > known.version
}
