import { describe, expect, it } from 'vitest'
import { allowedPosition, followStatus, followStep, initialFollowState, type FollowEvent, type FollowState } from '#client/live/follow'

const at = (page: number, clicks = 0) => ({ page, clicks })

/** Runs events from `state`, applying every `goto` as a completed follow navigation (as the deck does). */
function run(state: FollowState, ...events: FollowEvent[]): { state: FollowState, gotos: ReturnType<typeof at>[] } {
  const gotos: ReturnType<typeof at>[] = []
  for (const event of events) {
    let step = followStep(state, event)
    while (step.goto) {
      gotos.push(step.goto)
      step = followStep(step.state, { type: 'navigated', position: step.goto, source: 'follow' })
    }
    state = step.state
  }
  return { state, gotos }
}

const joinedAt = (lecturer: ReturnType<typeof at>, current = at(1)) =>
  run(initialFollowState, { type: 'navigated', position: current, source: 'user' }, { type: 'joined', lecturer }).state

describe('follow state machine', () => {
  it('is connecting until the first join, and does not clamp without a lecturer position', () => {
    expect(followStatus(initialFollowState)).toBe('connecting')
    expect(allowedPosition(initialFollowState, at(15))).toEqual(at(15))
  })

  it('a late joiner or a reload lands on the lecturer, whatever the URL asked for', () => {
    const { state, gotos } = run(initialFollowState,
      { type: 'navigated', position: at(15, 3), source: 'user' },
      { type: 'joined', lecturer: at(4, 1) })
    expect(gotos).toEqual([at(4, 1)])
    expect(followStatus(state)).toBe('live')
    expect(state.current).toEqual(at(4, 1))
  })

  it('while live, every lecturer move (slide or click) is followed at once', () => {
    const { state, gotos } = run(joinedAt(at(2)),
      { type: 'lecturer', lecturer: at(2, 1) },
      { type: 'lecturer', lecturer: at(3) },
      { type: 'lecturer', lecturer: at(2, 1) })
    expect(gotos).toEqual([at(2, 1), at(3), at(2, 1)])
    expect(followStatus(state)).toBe('live')
  })

  it('paging back makes the student "behind"; lecturer moves then do not pull them along', () => {
    let { state } = run(joinedAt(at(6, 1)), { type: 'navigated', position: at(4), source: 'user' })
    expect(followStatus(state)).toBe('behind')
    const step = followStep(state, { type: 'lecturer', lecturer: at(7) })
    expect(step.goto).toBeUndefined()
    state = step.state
    expect(followStatus(state)).toBe('behind')
    expect(allowedPosition(state, at(9))).toEqual(at(7))
    expect(allowedPosition(state, at(7, 5))).toEqual(at(7))
  })

  it('paging forward up to the lecturer is live again', () => {
    const behind = run(joinedAt(at(6, 1)), { type: 'navigated', position: at(5), source: 'user' }).state
    const { state } = run(behind, { type: 'navigated', position: at(6, 1), source: 'user' })
    expect(followStatus(state)).toBe('live')
  })

  it('"Voltar ao vivo" jumps to the lecturer and follows again', () => {
    const behind = run(joinedAt(at(6, 1)), { type: 'navigated', position: at(2), source: 'user' }).state
    const { state, gotos } = run(behind, { type: 'back-to-live' }, { type: 'lecturer', lecturer: at(7) })
    expect(gotos).toEqual([at(6, 1), at(7)])
    expect(followStatus(state)).toBe('live')
  })

  it('never past the lecturer: a lecturer going back before a browsing student pulls the student back', () => {
    const behind = run(joinedAt(at(8)), { type: 'navigated', position: at(6, 2), source: 'user' }).state
    const { state, gotos } = run(behind, { type: 'lecturer', lecturer: at(6) })
    expect(gotos).toEqual([at(6)])
    expect(followStatus(state)).toBe('live')
    // Back on the lecturer's slide but at an earlier click: still behind, clicks clamped.
    const early = run(joinedAt(at(8)), { type: 'navigated', position: at(6, 2), source: 'user' }, { type: 'lecturer', lecturer: at(6, 5) })
    expect(early.gotos).toEqual([])
    expect(followStatus(early.state)).toBe('behind')
  })

  it('a follow navigation that lands short (the lecturer moved meanwhile) goes on to the lecturer', () => {
    const live = joinedAt(at(3))
    const moved = followStep(live, { type: 'lecturer', lecturer: at(4) }).state
    const again = followStep(moved, { type: 'lecturer', lecturer: at(5) }).state
    const step = followStep(again, { type: 'navigated', position: at(4), source: 'follow' })
    expect(step.goto).toEqual(at(5))
    expect(followStatus(step.state)).toBe('live')
  })

  it('offline: the last known lecturer position still bounds the student', () => {
    const { state } = run(joinedAt(at(5)), { type: 'disconnected' })
    expect(followStatus(state)).toBe('offline')
    expect(allowedPosition(state, at(12))).toEqual(at(5))
  })

  it('a live student who lost the connection lands on the current position when it is back', () => {
    const { state, gotos } = run(joinedAt(at(5)), { type: 'disconnected' }, { type: 'joined', lecturer: at(9, 2) })
    expect(gotos).toEqual([at(9, 2)])
    expect(followStatus(state)).toBe('live')
  })

  it('a browsing student who lost the connection keeps browsing after the rejoin', () => {
    const { state, gotos } = run(joinedAt(at(5)),
      { type: 'navigated', position: at(2), source: 'user' },
      { type: 'disconnected' },
      { type: 'joined', lecturer: at(9) })
    expect(gotos).toEqual([])
    expect(followStatus(state)).toBe('behind')
    expect(state.current).toEqual(at(2))
  })

  it('a navigation past the lecturer (should the guard miss one) is sent back', () => {
    const step = followStep(joinedAt(at(5)), { type: 'navigated', position: at(6), source: 'user' })
    expect(step.goto).toEqual(at(5))
  })
})
