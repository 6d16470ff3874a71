import { describe, expect, it } from 'vitest'
import { parallelism } from '#scripts/util/concurrency'

describe('parallelism', () => {
  it('is one job per core, between 1 and the maximum', () => {
    expect(parallelism(2)).toBe(2)
    expect(parallelism(8)).toBe(2)
    expect(parallelism(8, 4)).toBe(4)
    expect(parallelism(1)).toBe(1)
    expect(parallelism(0)).toBe(1)
  })
})
