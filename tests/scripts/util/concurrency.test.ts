import { describe, expect, it } from 'vitest'
import { createLimiter, parallelism } from '#scripts/util/concurrency'

const tick = () => new Promise(resolve => setImmediate(resolve))

describe('createLimiter', () => {
  it('never runs more than `limit` jobs at once, and runs them all', async () => {
    const limit = createLimiter(2)
    let active = 0
    let peak = 0
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => limit(async () => {
      active++
      peak = Math.max(peak, active)
      await tick()
      await tick()
      active--
      return i * 10
    })))
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(peak).toBe(2)
  })

  it('hands the slot on when a job fails, and passes the error to its caller', async () => {
    const limit = createLimiter(1)
    const failing = limit(async () => { throw new Error('falhou') })
    const next = limit(async () => 'segue')
    await expect(failing).rejects.toThrow('falhou')
    await expect(next).resolves.toBe('segue')
  })

  it('does not let a newcomer overtake a waiter (no overshoot when a slot frees)', async () => {
    const limit = createLimiter(1)
    let active = 0
    let peak = 0
    const job = async () => {
      active++
      peak = Math.max(peak, active)
      await tick()
      active--
    }
    const first = limit(job)
    const second = limit(job)
    await first
    const third = limit(job) // arrives while `second` is being handed the slot
    await Promise.all([second, third])
    expect(peak).toBe(1)
  })

  it('refuses a limit below 1', () => {
    expect(() => createLimiter(0)).toThrow()
  })
})

describe('parallelism', () => {
  it('is one job per core, between 1 and the maximum', () => {
    expect(parallelism(2)).toBe(2)
    expect(parallelism(8)).toBe(2)
    expect(parallelism(8, 4)).toBe(4)
    expect(parallelism(1)).toBe(1)
    expect(parallelism(0)).toBe(1)
  })
})
