// Wrong passwords slow the next tries down, per client address: a few free tries, then each wrong
// try doubles the wait before another try is even checked (refused meanwhile with 429).
export interface ThrottleOptions {
  freeTries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Addresses remembered at most (the oldest are forgotten first). */
  maxEntries: number
}

export const DEFAULT_THROTTLE: ThrottleOptions = { freeTries: 3, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000, maxEntries: 10_000 }

interface Entry { failures: number, blockedUntil: number }

export interface Throttle {
  /** 0 when `address` may try now, else the milliseconds left to wait. */
  waitFor(address: string, now: number): number
  fail(address: string, now: number): void
  succeed(address: string): void
}

/** The wait after the n-th consecutive wrong try. */
export function delayAfter(failures: number, options: ThrottleOptions): number {
  if (failures < options.freeTries) return 0
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failures - options.freeTries))
}

export function createThrottle(options: ThrottleOptions = DEFAULT_THROTTLE): Throttle {
  const entries = new Map<string, Entry>()
  return {
    waitFor(address, now) {
      const entry = entries.get(address)
      return entry ? Math.max(0, entry.blockedUntil - now) : 0
    },
    fail(address, now) {
      const failures = (entries.get(address)?.failures ?? 0) + 1
      entries.delete(address)
      entries.set(address, { failures, blockedUntil: now + delayAfter(failures, options) })
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!)
    },
    succeed(address) {
      entries.delete(address)
    },
  }
}
