// What the live server keeps across restarts and processes: each room's state and the presenter
// sessions. Two implementations with this one interface: SQLite (one process) and Redis (N processes).
import { createHash } from 'node:crypto'
import type { RoomState } from '../protocol'

export interface Store {
  /** `sqlite` or `redis`, for the startup line. */
  readonly kind: string
  /** The room's stored state; undefined before its first move. */
  getRoom(room: string): Promise<RoomState | undefined>
  /**
   * Writes `next` only if the stored version is still `expectedVersion` (0 = nothing stored yet).
   * Resolves once the write is durable as the store defines it; false when another write won.
   */
  replaceRoom(expectedVersion: number, next: RoomState): Promise<boolean>
  /** Writes `state` unless the store already has that room at this version or newer (healing a store that lost data). */
  restoreRoom(state: RoomState): Promise<void>
  createSession(id: string, expiresAt: number): Promise<void>
  hasSession(id: string, now: number): Promise<boolean>
  deleteSession(id: string): Promise<void>
  close(): Promise<void>
}

/** Sessions are stored by hash: a copy of the database holds no usable cookie. */
export const sessionKey = (id: string) => createHash('sha256').update(id).digest('base64url')
