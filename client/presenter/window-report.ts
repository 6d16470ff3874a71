// What a window tells the deck's other windows of the same browser (Slidev's window sync: the
// presenter view, the projector), as pure rules. client/presenter/window-sync.ts applies them.
//   - A page that shows no slide (the phone remote /controle, the overview) has no position, yet
//     Slidev reports one: slide 1. The presenter view followed it, and took the room to slide 1.
//   - Until the current slide has mounted, Slidev's clicks context does not know the slide's
//     steps and clamps the address's ?clicks= to 0: a projector opened at 2?clicks=1 reported
//     2:0 and pulled the presenter view, and the room, back a click. Until then the address is
//     the window's position.
//   - A play window (the projector) does not report the place it opened at, only where it goes
//     from there: opened at an old address (/1), it pulled the presenter view back to it. It
//     follows the presenter view's next move (Slidev lets viewers report only on localhost anyway).
//   - Only what changed since the window last sent or heard is sent, with its position: a fresh
//     window's untouched defaults (its timer, stopped) must not overwrite the other windows' state.

export interface WindowView {
  /** The page shows a slide (Slidev: `hasPrimarySlide`). */
  showsSlide: boolean
  /** That slide's clicks context has mounted: its steps, and so its clicks, are known. */
  slideMounted: boolean
  /** The clicks the address asks for (`?clicks=`, at least the slide's `clicksStart`). */
  routeClicks: number
}

export type PositionReport =
  | { kind: 'send' }
  /** Send nothing: the window has no position to tell. */
  | { kind: 'hold' }
  /** Set the shared state's clicks to these first (then it is sent). */
  | { kind: 'fix', clicks: number }

export function positionReport(view: WindowView, reportedClicks: number): PositionReport {
  if (!view.showsSlide) return { kind: 'hold' }
  if (view.slideMounted || reportedClicks === view.routeClicks) return { kind: 'send' }
  return { kind: 'fix', clicks: view.routeClicks }
}

export interface Opening {
  /** Where the play window was at its first report. */
  openedAt?: string
  /** It has been somewhere else since, or heard from another window: its reports go out. */
  moved: boolean
}

/** Whether a play window's report of `at` (`page:clicks`) is held as the place it opened at. */
export function openingStep(opening: Opening, at: string): { opening: Opening, hold: boolean } {
  if (opening.moved) return { opening, hold: false }
  const openedAt = opening.openedAt ?? at
  return at === openedAt ? { opening: { openedAt, moved: false }, hold: true } : { opening: { openedAt, moved: true }, hold: false }
}

/** Each top-level key of a state, serialized: what a window last sent or heard. */
export type Snapshot = Record<string, string>

export function snapshot(state: object): Snapshot {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined).map(([key, value]) => [key, JSON.stringify(value)]))
}

/**
 * The part of `state` to send: the keys that differ from `known`, and with them the `always` keys
 * (a window's position is its own, whatever the others last heard); undefined when nothing differs.
 */
export function changedPart<State extends object>(known: Snapshot, state: State, always: readonly string[] = []): Partial<State> | undefined {
  const now = snapshot(state)
  const keys = [...new Set([...Object.keys(known), ...Object.keys(now)])].filter(key => now[key] !== known[key])
  if (!keys.length) return undefined
  return Object.fromEntries([...new Set([...always, ...keys])].map(key => [key, state[key as keyof State]])) as Partial<State>
}
