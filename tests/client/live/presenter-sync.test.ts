import { describe, expect, it } from 'vitest'
import { initialPresenterState, presenterStep, type PresenterState } from '#client/live/presenter-sync'

const at = (page: number, clicks = 0) => ({ page, clicks })

function joined(room = at(1), version = 0, current = at(1)): PresenterState {
  const before = presenterStep(initialPresenterState, { type: 'navigated', position: current }).state
  const step = presenterStep(before, { type: 'joined', room, version })
  return step.goto ? presenterStep(step.state, { type: 'navigated', position: step.goto }).state : step.state
}

describe('presenter sync', () => {
  it('sends nothing before joining', () => {
    expect(presenterStep(initialPresenterState, { type: 'navigated', position: at(3) }).send).toBeUndefined()
  })

  it('on the first join the presenter view resumes where the room is, without sending', () => {
    const before = presenterStep(initialPresenterState, { type: 'navigated', position: at(1) }).state
    const step = presenterStep(before, { type: 'joined', room: at(12, 1), version: 40 })
    expect(step.goto).toEqual(at(12, 1))
    expect(step.send).toBeUndefined()
    expect(presenterStep(step.state, { type: 'navigated', position: at(12, 1) }).send).toBeUndefined()
  })

  it('sends every local move (slide and click), not the echo of the room position', () => {
    let state = joined()
    const sent = []
    for (const position of [at(1, 1), at(2), at(2), at(3)]) {
      const step = presenterStep(state, { type: 'navigated', position })
      if (step.send) sent.push(step.send)
      state = step.state
    }
    expect(sent).toEqual([at(1, 1), at(2), at(3)])
    expect(state.inflight).toBe(3)
  })

  it('ignores room states while its own moves are unacknowledged (no jumping back on fast key presses)', () => {
    let state = joined(at(1), 5)
    state = presenterStep(state, { type: 'navigated', position: at(2) }).state
    state = presenterStep(state, { type: 'navigated', position: at(3) }).state
    // The room state of the move to slide 2 comes back while the move to 3 is in flight.
    expect(presenterStep(state, { type: 'room-state', room: at(2), version: 6 }).goto).toBeUndefined()
    state = presenterStep(state, { type: 'acked', version: 6 }).state
    state = presenterStep(state, { type: 'acked', version: 7 }).state
    expect(presenterStep(state, { type: 'room-state', room: at(3), version: 7 }).goto).toBeUndefined()
  })

  it('follows a newer room state from another presenter device (a phone used as remote)', () => {
    const state = joined(at(4), 10, at(4))
    const step = presenterStep(state, { type: 'room-state', room: at(5, 1), version: 11 })
    expect(step.goto).toEqual(at(5, 1))
    expect(presenterStep(step.state, { type: 'navigated', position: at(5, 1) }).send).toBeUndefined()
    expect(presenterStep(step.state, { type: 'room-state', room: at(1), version: 9 }).goto).toBeUndefined()
  })

  it('on a rejoin after the phone moved the room, the room wins: nothing is sent, the view goes there', () => {
    let state = joined(at(4), 10, at(4))
    state = presenterStep(state, { type: 'disconnected' }).state
    // The laptop was at 4 (and even pressed a key offline); meanwhile the phone took the room to 7.
    state = presenterStep(state, { type: 'navigated', position: at(5) }).state
    const step = presenterStep(state, { type: 'joined', room: at(7, 1), version: 13 })
    expect(step.send).toBeUndefined()
    expect(step.goto).toEqual(at(7, 1))
    expect(presenterStep(step.state, { type: 'navigated', position: at(7, 1) }).send).toBeUndefined()
  })

  it('on a rejoin, its own last move that landed while the ack was lost is not someone else\'s', () => {
    let state = joined(at(4), 10, at(4))
    state = presenterStep(state, { type: 'navigated', position: at(5) }).state
    state = presenterStep(state, { type: 'disconnected' }).state
    state = presenterStep(state, { type: 'navigated', position: at(6) }).state
    const step = presenterStep(state, { type: 'joined', room: at(5), version: 11 })
    expect(step.goto).toBeUndefined()
    expect(step.send).toEqual(at(6))
  })

  it('on a rejoin with the room unmoved, its own offline moves are sent', () => {
    let state = joined(at(4), 10, at(4))
    state = presenterStep(state, { type: 'disconnected' }).state
    const offline = presenterStep(state, { type: 'navigated', position: at(6) })
    expect(offline.send).toBeUndefined()
    const step = presenterStep(offline.state, { type: 'joined', room: at(4), version: 10 })
    expect(step.goto).toBeUndefined()
    expect(step.send).toEqual(at(6))
  })

  it('a rejoin at the same position (server restarted, room restored) sends nothing', () => {
    let state = joined(at(4), 10, at(4))
    state = presenterStep(state, { type: 'disconnected' }).state
    const step = presenterStep(state, { type: 'joined', room: at(4), version: 10 })
    expect(step.send).toBeUndefined()
    expect(step.goto).toBeUndefined()
  })
})
