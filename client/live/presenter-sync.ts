// The presenter's side as pure rules: which local moves are sent to the room, and which room
// states (from another presenter device, e.g. a phone) the presenter view follows.
//   - a local move is sent unless it is where the room already is (that is an echo of a room state);
//   - while a move of ours is unacknowledged, room states are ignored (they are our own, older
//     moves coming back: following them would jump back and forth while the lecturer presses keys);
//   - a room state newer than everything we know moves the presenter view there;
//   - first join (a new window, a reload): the presenter view adopts the room's position;
//   - a rejoin after a dropped connection: if another device (the phone remote) moved the room
//     meanwhile, the room's position wins and the view goes there; only if nobody else moved it
//     are the moves this view made while offline sent.
import { samePosition, type Position } from './position'

export interface PresenterState {
  joined: boolean
  /** Moves sent and not acknowledged yet. */
  inflight: number
  /** The highest room version seen. */
  version: number
  /** Where the room is, as far as we know (our last move counts, acknowledged or not). */
  room?: Position
  /** Where this presenter view is. */
  current?: Position
}

export type PresenterEvent =
  | { type: 'joined', room: Position, version: number }
  | { type: 'navigated', position: Position }
  | { type: 'acked', version?: number }
  | { type: 'room-state', room: Position, version: number }
  | { type: 'disconnected' }

export interface PresenterStep {
  state: PresenterState
  /** Send this move to the room. */
  send?: Position
  /** Move the presenter view here. */
  goto?: Position
}

export const initialPresenterState: PresenterState = { joined: false, inflight: 0, version: 0 }

function sendIfMoved(state: PresenterState): PresenterStep {
  const { current, room } = state
  if (!current || samePosition(current, room)) return { state }
  return { state: { ...state, room: { ...current }, inflight: state.inflight + 1 }, send: { ...current } }
}

export function presenterStep(state: PresenterState, event: PresenterEvent): PresenterStep {
  switch (event.type) {
    case 'joined': {
      const rejoin = state.room !== undefined
      // A newer version at a place we did not send: someone else moved the room while we were away.
      const movedElsewhere = event.version > state.version && !samePosition(event.room, state.room)
      const next = { ...state, joined: true, inflight: 0, version: Math.max(state.version, event.version), room: { ...event.room } }
      if (rejoin && !movedElsewhere) return sendIfMoved(next)
      return samePosition(next.current, next.room) ? { state: next } : { state: next, goto: { ...event.room } }
    }
    case 'navigated': {
      const next = { ...state, current: { ...event.position } }
      return next.joined ? sendIfMoved(next) : { state: next }
    }
    case 'acked':
      return { state: { ...state, inflight: Math.max(0, state.inflight - 1), version: Math.max(state.version, event.version ?? 0) } }
    case 'room-state': {
      if (state.inflight > 0 || event.version <= state.version) return { state }
      const next = { ...state, version: event.version, room: { ...event.room } }
      return samePosition(next.current, next.room) ? { state: next } : { state: next, goto: { ...event.room } }
    }
    case 'disconnected':
      return { state: { ...state, joined: false, inflight: 0 } }
  }
}
