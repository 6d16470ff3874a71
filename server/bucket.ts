// A token bucket per socket: a student may send a few events a second; a flood is dropped (and
// counted) at the door, before any parsing or storage work.
export interface Bucket { take(now: number): boolean }

export function createBucket(perSecond: number, burst: number, start: number): Bucket {
  let tokens = burst
  let last = start
  return {
    take(now) {
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond)
      last = now
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
