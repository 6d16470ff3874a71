// The room rules without a network: who may move, how a move changes the state, ordering.
import { describe, expect, it } from 'vitest'
import { applyMove, initialState, isNewer, mayMove } from '#server/rules'

const start = initialState('aula-1', 1000)

describe('room rules', () => {
  it('starts a room on slide 1, no click, version 0', () => {
    expect(start).toEqual({ room: 'aula-1', page: 1, clicks: 0, version: 0, updatedAt: 1000 })
  })

  it('lets only the presenter move', () => {
    expect(mayMove('presenter')).toBe(true)
    expect(mayMove('student')).toBe(false)
    expect(applyMove(start, 'student', { room: 'aula-1', page: 5, clicks: 0 }, 2000)).toEqual({ ok: false, error: 'not-presenter' })
  })

  it('moves with version + 1 and the time of the move', () => {
    const moved = applyMove(start, 'presenter', { room: 'aula-1', page: 3, clicks: 2 }, 2000)
    expect(moved).toEqual({ ok: true, changed: true, state: { room: 'aula-1', page: 3, clicks: 2, version: 1, updatedAt: 2000 } })
  })

  it('moves back as well as forward (the presenter decides)', () => {
    const at5 = { ...start, page: 5, version: 7 }
    const back = applyMove(at5, 'presenter', { room: 'aula-1', page: 2, clicks: 0 }, 3000)
    expect(back.ok && back.state).toMatchObject({ page: 2, version: 8 })
  })

  it('treats a move to the current position as no change (nothing written or broadcast)', () => {
    const same = applyMove(start, 'presenter', { room: 'aula-1', page: 1, clicks: 0 }, 2000)
    expect(same).toEqual({ ok: true, changed: false, state: start })
  })

  it('refuses a move aimed at another room', () => {
    expect(applyMove(start, 'presenter', { room: 'aula-2', page: 2, clicks: 0 }, 2000)).toEqual({ ok: false, error: 'invalid' })
  })

  it('never lets time run backwards in updatedAt', () => {
    const later = { ...start, updatedAt: 5000 }
    const moved = applyMove(later, 'presenter', { room: 'aula-1', page: 2, clicks: 0 }, 4000)
    expect(moved.ok && moved.state.updatedAt).toBe(5000)
  })

  it('orders states by version', () => {
    const v2 = { ...start, version: 2 }
    expect(isNewer(v2, undefined)).toBe(true)
    expect(isNewer(v2, { ...start, version: 1 })).toBe(true)
    expect(isNewer(v2, { ...start, version: 2 })).toBe(false)
    expect(isNewer(v2, { ...start, version: 3 })).toBe(false)
  })
})
