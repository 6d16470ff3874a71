import { describe, expect, it } from 'vitest'
import { clock, pacingAt, plannedSlideAt } from '#client/presenter/pacing'
import { planFromNotes, timingHint } from '#client/presenter/timing'

describe('timing hints', () => {
  it('reads the last (~N min) of a note, decimals with comma or dot', () => {
    expect(timingHint('Fale disto. [click] E disto. (~3 min)')).toBe(3)
    expect(timingHint('(~ 1,5 min)')).toBe(1.5)
    expect(timingHint('(~0.5 min) e depois (~2 min)')).toBe(2)
    expect(timingHint('sem dica')).toBeUndefined()
    expect(timingHint('(3 min)')).toBeUndefined()
    expect(timingHint(undefined)).toBeUndefined()
  })

  it('makes the plan: each slide starts where the one before ends', () => {
    const plan = planFromNotes(['Capa (~1 min)', 'Objetivos (~2 min)', undefined, 'Demo (~5 min)'])
    expect(plan.total).toBe(8)
    expect(plan.missing).toEqual([3])
    expect(plan.slides.map(s => [s.no, s.start, s.end])).toEqual([[1, 0, 1], [2, 1, 3], [3, 3, 3], [4, 3, 8]])
  })

})

describe('pacing', () => {
  // Slides of 1, 2, 3 and 4 minutes: spans [0,1) [1,3) [3,6) [6,10).
  const plan = planFromNotes(['(~1 min)', '(~2 min)', '(~3 min)', '(~4 min)'])

  it('says where the plan is at a given time', () => {
    expect(plannedSlideAt(plan, 0)).toBe(1)
    expect(plannedSlideAt(plan, 2.5)).toBe(2)
    expect(plannedSlideAt(plan, 3)).toBe(3)
    expect(plannedSlideAt(plan, 99)).toBe(4)
  })

  it('is on time inside the current slide\'s span', () => {
    expect(pacingAt(plan, 3, 4)).toMatchObject({ status: 'on-time', minutes: 0, plannedNo: 3, label: 'no ritmo' })
  })

  it('is behind by the minutes past the current slide\'s planned end', () => {
    // Still on slide 2 (ends at 3 min) at 6 min.
    expect(pacingAt(plan, 2, 6)).toMatchObject({ status: 'behind', minutes: 3, plannedNo: 4, label: '3 min atrasado' })
  })

  it('is ahead by the minutes before the current slide\'s planned start', () => {
    // On slide 4 (starts at 6 min) at 4 min.
    expect(pacingAt(plan, 4, 4)).toMatchObject({ status: 'ahead', minutes: 2, plannedNo: 3, label: '2 min adiantado' })
  })

  it('rounds under half a minute to on time', () => {
    expect(pacingAt(plan, 2, 3.4).label).toBe('no ritmo')
    expect(pacingAt(plan, 2, 3.6).label).toBe('1 min atrasado')
  })

  it('formats the clock', () => {
    expect(clock(0)).toBe('0:00')
    expect(clock(65.9)).toBe('1:05')
    expect(clock(3 * 3600 + 62)).toBe('3:01:02')
  })
})
