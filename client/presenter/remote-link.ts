// The phone remote's connection to the live server: its own Socket.IO socket (the session cookie
// makes it a presenter socket on the server), joined to the deck's room; moves go out as
// `room:move`, and every `room:state` (the laptop moving) comes back in.
import { reactive } from 'vue'
import * as v from 'valibot'
import { EVENTS, RoomStateSchema, type ClientToServer, type JoinAck, type MoveAck, type RoomState, type ServerToClient } from '#server/protocol'
import type { Position } from './remote'

export type RemoteStatus = 'connecting' | 'live' | 'offline' | 'not-presenter'

export interface RemoteLink {
  view: { status: RemoteStatus, at?: Position, error?: string }
  move: (to: Position) => void
  close: () => void
}

const ACK_TIMEOUT = 4000

export function connectRemote(room: string): RemoteLink {
  const view = reactive<RemoteLink['view']>({ status: 'connecting' })
  let version = -1
  let pending = 0
  const adopt = (state: RoomState) => {
    if (state.room !== room || state.version < version) return
    version = state.version
    view.at = { page: state.page, clicks: state.clicks }
  }
  type Socket = import('socket.io-client').Socket<ServerToClient, ClientToServer>
  let socket: Socket | undefined
  let closed = false

  void import('socket.io-client').then(({ io }) => {
    if (closed) return
    socket = io({ path: '/socket.io/', reconnectionDelay: 500, reconnectionDelayMax: 5000 }) as Socket
    socket.on('connect', () => {
      socket!.timeout(ACK_TIMEOUT).emit(EVENTS.join, { room }, (error: Error | null, ack?: JoinAck) => {
        if (error || !ack) return
        if (!ack.ok) {
          view.status = 'offline'
          view.error = `O servidor recusou a sala: ${ack.error}`
          return
        }
        view.status = ack.role === 'presenter' ? 'live' : 'not-presenter'
        adopt(ack.state)
      })
    })
    socket.on('disconnect', () => {
      if (view.status !== 'not-presenter') view.status = 'offline'
    })
    socket.on(EVENTS.state, (state) => {
      if (pending === 0 && v.is(RoomStateSchema, state)) adopt(state)
    })
  })

  return {
    view,
    move(to) {
      if (!socket?.connected || view.status !== 'live') return
      view.at = { ...to }
      pending++
      socket.timeout(ACK_TIMEOUT).emit(EVENTS.move, { room, page: to.page, clicks: to.clicks }, (error: Error | null, ack?: MoveAck) => {
        pending--
        if (ack?.ok) {
          view.error = undefined
          adopt(ack.state)
        }
        else view.error = error ? 'O servidor não confirmou a mudança de slide.' : `O servidor recusou a mudança: ${ack?.error}`
      })
    },
    close() {
      closed = true
      socket?.disconnect()
    },
  }
}
