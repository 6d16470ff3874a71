import { describe, expect, it } from 'vitest'
import { clampToLecturer, comparePositions, positionFromRoute, samePosition } from '#client/live/position'

const at = (page: number, clicks = 0) => ({ page, clicks })

describe('clampToLecturer', () => {
  const lecturer = at(5, 2)
  it('lets a student anywhere on an earlier slide, every click included', () => {
    expect(clampToLecturer(at(1), lecturer)).toEqual(at(1))
    expect(clampToLecturer(at(4, 99), lecturer)).toEqual(at(4, 99))
  })
  it('lets a student on the lecturer\'s slide up to the lecturer\'s click', () => {
    expect(clampToLecturer(at(5, 0), lecturer)).toEqual(at(5, 0))
    expect(clampToLecturer(at(5, 2), lecturer)).toEqual(at(5, 2))
    expect(clampToLecturer(at(5, 3), lecturer)).toEqual(lecturer)
    expect(clampToLecturer(at(5, 99), lecturer)).toEqual(lecturer)
  })
  it('sends a student past the lecturer back to the lecturer', () => {
    expect(clampToLecturer(at(6), lecturer)).toEqual(lecturer)
    expect(clampToLecturer(at(15, 0), lecturer)).toEqual(lecturer)
  })
  it('returns a copy, never the lecturer object itself', () => {
    expect(clampToLecturer(at(9), lecturer)).not.toBe(lecturer)
  })
})

describe('comparePositions / samePosition', () => {
  it('orders by slide, then by click', () => {
    expect(comparePositions(at(2, 9), at(3, 0))).toBeLessThan(0)
    expect(comparePositions(at(3, 1), at(3, 0))).toBeGreaterThan(0)
    expect(comparePositions(at(3, 1), at(3, 1))).toBe(0)
  })
  it('is false when either side is unknown', () => {
    expect(samePosition(at(1), undefined)).toBe(false)
    expect(samePosition(at(1, 1), at(1, 1))).toBe(true)
  })
})

describe('positionFromRoute', () => {
  it('reads the slide number and ?clicks= as Slidev does', () => {
    expect(positionFromRoute('7', '2')).toEqual(at(7, 2))
    expect(positionFromRoute('7', undefined)).toEqual(at(7, 0))
    expect(positionFromRoute('7', 'abc')).toEqual(at(7, 0))
    expect(positionFromRoute('7', '-3')).toEqual(at(7, 0))
    expect(positionFromRoute(['7'], ['99'])).toEqual(at(7, 99))
  })
  it('is undefined for a route that is not a slide number', () => {
    expect(positionFromRoute(undefined, '1')).toBeUndefined()
    expect(positionFromRoute('intro', '0')).toBeUndefined()
    expect(positionFromRoute('0', '0')).toBeUndefined()
  })
})
