// Rooms over a store: join reads the current state, move applies the rules and writes with a
// version check (two presenter tabs, or two processes, cannot both win the same version).
import type { MoveRequest, Role, RoomState } from './protocol'
import { applyMove, initialState, isNewer, type MoveResult, type RoomError } from './rules'
import type { Store } from './store/store'
import { keyedQueue } from './queue'

export type JoinResult = { ok: true, state: RoomState } | { ok: false, error: RoomError }

export interface Rooms {
  join(room: string): Promise<JoinResult>
  move(role: Role, move: MoveRequest): Promise<MoveResult>
  /** Writes back the newest state this process has seen of each room (after the store lost data); resolves to how many it wrote. */
  heal(): Promise<number>
}

export function createRooms(store: Store, knownRooms: ReadonlySet<string>, now: () => number = Date.now): Rooms {
  const lastKnown = new Map<string, RoomState>()
  const remember = (state: RoomState) => {
    if (isNewer(state, lastKnown.get(state.room))) lastKnown.set(state.room, state)
    return state
  }
  const current = async (room: string) => remember((await store.getRoom(room)) ?? initialState(room, now()))
  // Moves of one room run one after another in this process; the version check settles the rest.
  const queued = keyedQueue()

  return {
    async join(room) {
      if (!knownRooms.has(room)) return { ok: false, error: 'unknown-room' }
      try {
        return { ok: true, state: await current(room) }
      }
      catch {
        return { ok: false, error: 'storage' }
      }
    },
    async move(role, move) {
      if (!knownRooms.has(move.room)) return { ok: false, error: 'unknown-room' }
      return queued(move.room, () => attemptMove(role, move))
    },
    async heal() {
      let written = 0
      for (const state of lastKnown.values()) written += Number(await store.restoreRoom(state))
      return written
    },
  }

  async function attemptMove(role: Role, move: MoveRequest): Promise<MoveResult> {
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        const before = await current(move.room)
        const result = applyMove(before, role, move, now())
        if (!result.ok || !result.changed) return result
        if (await store.replaceRoom(before.version, result.state)) return { ...result, state: remember(result.state) }
      }
      return { ok: false, error: 'busy' }
    }
    catch {
      return { ok: false, error: 'storage' }
    }
  }
}
