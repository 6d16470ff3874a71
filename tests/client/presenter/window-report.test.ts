import { describe, expect, it } from 'vitest'
import { changedPart, openingStep, positionReport, snapshot } from '#client/presenter/window-report'

describe('what a window reports to the deck\'s other windows', () => {
  it('a page with no slide (phone remote, overview) reports nothing, not Slidev\'s slide 1', () => {
    expect(positionReport({ showsSlide: false, slideMounted: false, routeClicks: 0 }, 0)).toEqual({ kind: 'hold' })
  })

  it('before its slide has mounted, a window is where its address says, not at click 0', () => {
    // A projector opened at 2?clicks=1: Slidev clamps to the steps it does not know yet (0).
    expect(positionReport({ showsSlide: true, slideMounted: false, routeClicks: 1 }, 0)).toEqual({ kind: 'fix', clicks: 1 })
    expect(positionReport({ showsSlide: true, slideMounted: false, routeClicks: 0 }, 0)).toEqual({ kind: 'send' })
  })

  it('once its slide has mounted, Slidev\'s own position is sent as it is', () => {
    expect(positionReport({ showsSlide: true, slideMounted: true, routeClicks: 5 }, 2)).toEqual({ kind: 'send' })
  })

  it('a play window holds the place it opened at, and reports from its first move on', () => {
    let step = openingStep({ moved: false }, '1:0')
    expect(step).toEqual({ opening: { openedAt: '1:0', moved: false }, hold: true })
    expect(openingStep(step.opening, '1:0').hold).toBe(true)
    step = openingStep(step.opening, '3:1')
    expect(step).toEqual({ opening: { openedAt: '1:0', moved: true }, hold: false })
    expect(openingStep(step.opening, '1:0').hold).toBe(false)
  })

  it('sends only the keys that changed since it last sent or heard, and its position with them', () => {
    const fresh = { page: 1, clicks: 0, timer: { status: 'stopped' } }
    const known = snapshot(fresh)
    // A fresh window moves: its stopped timer is not news for the others.
    expect(changedPart(known, { ...fresh, page: 3, clicks: 1 })).toEqual({ page: 3, clicks: 1 })
    expect(changedPart(known, { ...fresh, timer: { status: 'running' } })).toEqual({ timer: { status: 'running' } })
    expect(changedPart(known, { ...fresh })).toBeUndefined()
    expect(changedPart(known, { ...fresh, cursor: undefined })).toBeUndefined()
    expect(changedPart(snapshot({ ...fresh, cursor: { x: 1 } }), { ...fresh, cursor: undefined })).toEqual({ cursor: undefined })
    // A fresh window at slide 1 reports slide 1, though that is its default too.
    expect(changedPart(known, { ...fresh, lastUpdate: 'presenter' }, ['page', 'clicks'])).toEqual({ page: 1, clicks: 0, lastUpdate: 'presenter' })
    expect(changedPart(known, { ...fresh }, ['page', 'clicks'])).toBeUndefined()
  })
})
