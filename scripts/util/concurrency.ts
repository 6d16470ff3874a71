// A tiny limiter: run independent jobs side by side, at most `limit` at once (2 cores → 2).
export type Limiter = <T>(job: () => Promise<T>) => Promise<T>

export function createLimiter(limit: number): Limiter {
  if (!(limit >= 1)) throw new Error(`limit must be >= 1, got ${limit}`)
  let active = 0
  const waiting: Array<() => void> = []
  return async (job) => {
    // A finishing job hands its slot straight to the next waiter, so `active` never overshoots.
    if (active >= limit) await new Promise<void>(resolve => waiting.push(resolve))
    else active++
    try {
      return await job()
    }
    finally {
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}

/** Jobs to run at the same time here: one per core, at least 1, at most `max`. */
export function parallelism(cores: number, max = 2): number {
  return Math.max(1, Math.min(max, Math.floor(cores) || 1))
}
