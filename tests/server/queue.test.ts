import { describe, expect, it } from 'vitest'
import { keyedQueue } from '#server/queue'

describe('keyedQueue', () => {
  it('runs one key\'s work in call order, other keys beside it, and goes on after a failure', async () => {
    const queued = keyedQueue()
    const order: string[] = []
    const step = (name: string, ms: number, fail = false) => () => new Promise<string>((resolve, reject) =>
      setTimeout(() => { order.push(name); fail ? reject(new Error(name)) : resolve(name) }, ms))
    const a1 = queued('a', step('a1', 30, true))
    const a2 = queued('a', step('a2', 1))
    const b1 = queued('b', step('b1', 5))
    await expect(a1).rejects.toThrow('a1')
    expect(await a2).toBe('a2')
    expect(await b1).toBe('b1')
    expect(order).toEqual(['b1', 'a1', 'a2'])
  })
})
