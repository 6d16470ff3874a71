// The student's side of the live classroom as a pure state machine: what the deck shows when the
// lecturer moves, when the student pages around, and when the connection comes and goes.
//   live     following: every lecturer move is shown at once;
//   behind   the student paged back: lecturer moves do not pull them along ("Voltar ao vivo" does);
//   offline  the connection dropped: the last known lecturer position still bounds the student;
//   connecting  not joined yet (no lecturer position known).
// Never past the lecturer: whenever the lecturer moves back before the student, the student is
// pulled back to the lecturer (and is live again).
import { clampToLecturer, comparePositions, samePosition, type Position } from './position'

export type FollowStatus = 'connecting' | 'live' | 'behind' | 'offline'

export interface FollowState {
  connected: boolean
  /** The student's intent: follow the lecturer (true) or browse on their own (false). */
  following: boolean
  /** The lecturer's last known position. */
  lecturer?: Position
  /** Where the student's deck is (the last completed navigation). */
  current?: Position
}

export type FollowEvent =
  /** Joined the room (first time, or again after a reconnect) and got the room's position. */
  | { type: 'joined', lecturer: Position }
  /** The lecturer moved. */
  | { type: 'lecturer', lecturer: Position }
  /** The deck finished a navigation; `source: 'follow'` when this machine asked for it. */
  | { type: 'navigated', position: Position, source: 'user' | 'follow' }
  /** "Voltar ao vivo". */
  | { type: 'back-to-live' }
  | { type: 'disconnected' }

export interface FollowStep {
  state: FollowState
  /** Where the deck must go now, if anywhere. */
  goto?: Position
}

export const initialFollowState: FollowState = { connected: false, following: true }

export function followStatus(state: FollowState): FollowStatus {
  if (!state.connected) return state.lecturer ? 'offline' : 'connecting'
  return state.following ? 'live' : 'behind'
}

/** Where a navigation to `requested` may land: clamped once a lecturer position is known. */
export function allowedPosition(state: FollowState, requested: Position): Position {
  return state.lecturer ? clampToLecturer(requested, state.lecturer) : requested
}

function go(state: FollowState, target: Position): FollowStep {
  return samePosition(state.current, target) ? { state } : { state, goto: target }
}

/** With the lecturer at `lecturer`: follow when live, else stay unless the lecturer is now behind us. */
function settle(state: FollowState): FollowStep {
  const lecturer = state.lecturer!
  if (state.following || !state.current) return go({ ...state, following: true }, lecturer)
  const clamped = clampToLecturer(state.current, lecturer)
  const next = samePosition(clamped, lecturer) ? { ...state, following: true } : state
  return go(next, clamped)
}

export function followStep(state: FollowState, event: FollowEvent): FollowStep {
  switch (event.type) {
    case 'joined': {
      // A first join (late join, reload) always lands on the lecturer; a rejoin keeps the intent.
      const following = state.lecturer ? state.following : true
      return settle({ ...state, connected: true, following, lecturer: { ...event.lecturer } })
    }
    case 'lecturer':
      return settle({ ...state, lecturer: { ...event.lecturer } })
    case 'navigated': {
      const next = { ...state, current: { ...event.position } }
      if (!next.lecturer) return { state: next }
      const order = comparePositions(event.position, next.lecturer)
      // A navigation this machine asked for that landed short (the lecturer moved on meanwhile).
      if (event.source === 'follow' && next.following) return go(next, next.lecturer)
      if (order >= 0) return go({ ...next, following: true }, next.lecturer)
      return { state: { ...next, following: false } }
    }
    case 'back-to-live':
      return state.lecturer ? go({ ...state, following: true }, state.lecturer) : { state: { ...state, following: true } }
    case 'disconnected':
      return { state: { ...state, connected: false } }
  }
}
