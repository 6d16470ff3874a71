// What the server refused, counted by kind and reported in one log line, so a fault (a flood, a
// forged event, a password guesser) is visible in the terminal without a debugger.
export const REFUSALS = {
  origin: 'origem',
  malformed: 'malformado',
  oversized: 'grande',
  forged: 'falsificado',
  flood: 'excesso',
  wrongPassword: 'senha-errada',
  throttled: 'senha-bloqueada',
} as const

export type Refusal = keyof typeof REFUSALS

export interface Counters {
  count(kind: Refusal): void
  get(kind: Refusal): number
  /** `[ao vivo] recusas: origem=0 malformado=2 …` */
  line(): string
  /** Logs the line every `intervalMs` when something changed; returns the stop function. */
  report(log: (line: string) => void, intervalMs: number): () => void
}

export const REFUSAL_LINE_PREFIX = '[ao vivo] recusas:'

export function createCounters(): Counters {
  const counts = new Map<Refusal, number>()
  let changes = 0
  const line = () => `${REFUSAL_LINE_PREFIX} ${Object.entries(REFUSALS).map(([k, word]) => `${word}=${counts.get(k as Refusal) ?? 0}`).join(' ')}`
  return {
    count(kind) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
      changes++
    },
    get: kind => counts.get(kind) ?? 0,
    line,
    report(log, intervalMs) {
      let reported = 0
      const flush = () => {
        if (changes === reported) return
        reported = changes
        log(line())
      }
      const timer = setInterval(flush, intervalMs)
      timer.unref()
      return () => {
        clearInterval(timer)
        flush()
      }
    },
  }
}

/** Reads a refusal line back into numbers (tests and the benchmark read the server's log). */
export function parseRefusalLine(text: string): Record<string, number> | undefined {
  const last = text.split('\n').filter(l => l.includes(REFUSAL_LINE_PREFIX)).at(-1)
  if (!last) return undefined
  const pairs = last.slice(last.indexOf(REFUSAL_LINE_PREFIX) + REFUSAL_LINE_PREFIX.length).trim().split(/\s+/)
  return Object.fromEntries(pairs.map(p => p.split('=')).map(([k, n]) => [k, Number(n)]))
}
