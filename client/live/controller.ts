// The live client, loaded only when the live server marked the page (see install.ts): one
// Socket.IO connection to the room of this deck, and the router glue for both roles.
//   student    follows the lecturer (follow.ts); every navigation is clamped by `guard`;
//   presenter  on the presenter view, its moves are sent with `room:move` (presenter-sync.ts);
//              its play window follows through Slidev's own BroadcastChannel and is left alone.
// The role comes from the server's join ack (the server reads the session cookie), never from here.
import { io, type Socket } from 'socket.io-client'
import * as v from 'valibot'
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router'
import { EVENTS, RoomStateSchema, type ClientToServer, type JoinAck, type MoveAck, type RoomState, type ServerToClient } from '#server/protocol'
import { allowedPosition, followStatus, followStep, initialFollowState, type FollowEvent } from './follow'
import { positionFromRoute, samePosition, type Position } from './position'
import { initialPresenterState, presenterStep, type PresenterEvent } from './presenter-sync'
import { liveActions, liveView } from './store'
import { attachQuiz } from '#client/quiz/link'

/** Slidev's route names that show every slide at once, or the notes: never for a student. */
const STUDENT_BLOCKED = new Set(['presenter', 'overview', 'notes', 'notes-edit', 'entry', 'print', 'export'])
/** The server's move schema caps clicks; Slidev uses 999999 for "every click" when it does not know better. */
const MAX_CLICKS = 10_000
const ACK_TIMEOUT = 4000

export interface LiveController {
  /** Settles once the first join answered (or failed): the first navigation waits for it. */
  ready: Promise<void>
  guard: (to: RouteLocationNormalized, from: RouteLocationNormalized) => true | false | RouteLocationRaw
  afterEach: (to: RouteLocationNormalized) => void
}

const position = (state: RoomState): Position => ({ page: state.page, clicks: state.clicks })
const routePosition = (route: RouteLocationNormalized) => positionFromRoute(route.params.no, route.query.clicks)

export function createLiveController(router: Router, room: string): LiveController {
  let role: 'presenter' | 'student' | undefined
  let follow = initialFollowState
  let presenter = initialPresenterState
  let followTarget: Position | undefined
  /** The room's position as last heard from the server. */
  let lastRoom: Position | undefined
  let lastVersion = 0
  let markReady!: () => void
  const ready = new Promise<void>(resolve => (markReady = resolve))
  liveView.active = true

  const socket: Socket<ServerToClient, ClientToServer> = io({
    path: '/socket.io/',
    // Jittered backoff from 0.5 s to 5 s: a room reconnecting after a restart does not arrive all at once.
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    randomizationFactor: 0.5,
  })

  function locationOf(target: Position, view: 'play' | 'presenter'): RouteLocationRaw {
    const query = { ...router.currentRoute.value.query, clicks: target.clicks ? String(target.clicks) : undefined }
    return { path: view === 'presenter' ? `/presenter/${target.page}` : `/${target.page}`, query }
  }

  // Slidev's quick overview (key O) draws every slide: a student sees only those up to the lecturer's.
  const overviewStyle = document.head.appendChild(document.createElement('style'))
  function hideOverviewAfter(page: number | undefined) {
    overviewStyle.textContent = page ? `.z-modal > .grid > .relative:nth-child(n + ${page + 1}) { display: none; }` : ''
  }

  function publish() {
    if (role === 'student') hideOverviewAfter(follow.lecturer?.page)
    liveView.role = role
    liveView.status = role === 'presenter' ? (socket.connected ? 'live' : 'offline') : followStatus(follow)
    liveView.lecturer = role === 'presenter' ? lastRoom : follow.lecturer
  }

  function onFollow(event: FollowEvent) {
    const step = followStep(follow, event)
    follow = step.state
    publish()
    if (step.goto) {
      followTarget = step.goto
      void router.replace(locationOf(step.goto, 'play'))
    }
  }

  function onPresenter(event: PresenterEvent) {
    const step = presenterStep(presenter, event)
    presenter = step.state
    publish()
    if (step.send) move(step.send)
    if (step.goto) void router.replace(locationOf(step.goto, 'presenter'))
  }

  function move(target: Position) {
    const payload = { room, page: target.page, clicks: Math.min(target.clicks, MAX_CLICKS) }
    socket.timeout(ACK_TIMEOUT).emit(EVENTS.move, payload, (error: Error | null, ack?: MoveAck) => {
      liveView.error = error ? 'O servidor não confirmou a última mudança de slide.' : ack && !ack.ok ? `O servidor recusou a mudança de slide: ${ack.error}` : undefined
      onPresenter({ type: 'acked', version: ack?.ok ? ack.state.version : undefined })
    })
  }

  /** The view this window shows, from the route it is on (or about to be on, before the first navigation). */
  function currentView(): 'play' | 'presenter' | 'other' {
    const route = router.currentRoute.value.matched.length
      ? router.currentRoute.value
      : router.resolve(router.options.history.location)
    return route.name === 'play' ? 'play' : route.name === 'presenter' ? 'presenter' : 'other'
  }

  function join(delay = 1000) {
    socket.timeout(ACK_TIMEOUT).emit(EVENTS.join, { room }, (error: Error | null, ack?: JoinAck) => {
      if (error || !ack) {
        // No answer: ask again while connected, less and less often.
        if (socket.connected) setTimeout(() => socket.connected && join(Math.min(delay * 2, 10_000)), delay)
        return
      }
      if (!ack.ok) {
        // Not a room this server knows: the deck works as it does on a static host.
        liveView.active = false
        socket.disconnect()
        markReady()
        return
      }
      role = ack.role
      lastRoom = position(ack.state)
      lastVersion = ack.state.version
      if (role === 'student') onFollow({ type: 'joined', lecturer: position(ack.state) })
      else if (currentView() === 'presenter') onPresenter({ type: 'joined', room: position(ack.state), version: ack.state.version })
      else publish()
      markReady()
    })
  }

  socket.on('connect', () => join())
  socket.on('disconnect', (reason) => {
    if (role === 'student') onFollow({ type: 'disconnected' })
    else if (role === 'presenter') onPresenter({ type: 'disconnected' })
    else publish()
    // Socket.IO reconnects by itself except when the server said goodbye; come back later then too.
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 1000 + Math.random() * 2000)
  })
  socket.on(EVENTS.state, (state: RoomState) => {
    if (!v.is(RoomStateSchema, state) || state.room !== room) return
    lastRoom = position(state)
    lastVersion = Math.max(lastVersion, state.version)
    if (role === 'student') onFollow({ type: 'lecturer', lecturer: position(state) })
    else if (role === 'presenter' && currentView() === 'presenter') onPresenter({ type: 'room-state', room: position(state), version: state.version })
  })
  attachQuiz(socket, room)
  socket.on(EVENTS.count, (count) => {
    if (count?.room === room && Number.isInteger(count.students)) liveView.students = count.students
  })
  // The page came from the live server: if it cannot be reached at all, do not hold the deck back.
  setTimeout(markReady, 3000)

  liveActions.backToLive = () => onFollow({ type: 'back-to-live' })

  return {
    ready,
    guard(to, from) {
      if (role !== 'student') return true
      const fromPosition = from.name === 'play' ? routePosition(from) : undefined
      if (STUDENT_BLOCKED.has(String(to.name))) {
        const target = allowedPosition(follow, fromPosition ?? follow.lecturer ?? { page: 1, clicks: 0 })
        return fromPosition ? false : locationOf(target, 'play')
      }
      const requested = to.name === 'play' ? routePosition(to) : undefined
      if (!requested) return true
      const allowed = allowedPosition(follow, requested)
      if (samePosition(allowed, requested)) return true
      return samePosition(allowed, fromPosition) ? false : locationOf(allowed, 'play')
    },
    afterEach(to) {
      liveView.view = to.name === 'play' || to.name === 'presenter' ? to.name : 'other'
      const at = routePosition(to)
      if (!at) return
      if (role === 'student' && to.name === 'play') {
        const source = samePosition(at, followTarget) ? 'follow' : 'user'
        followTarget = undefined
        onFollow({ type: 'navigated', position: at, source })
      }
      else if (role === 'presenter' && to.name === 'presenter') {
        // A window that joined on another view and switched to the presenter view starts syncing now.
        onPresenter({ type: 'navigated', position: at })
        if (!presenter.joined && socket.connected && lastRoom) onPresenter({ type: 'joined', room: lastRoom, version: lastVersion })
      }
    },
  }
}
