// Progress lines for long jobs: which deck, which step, elapsed time.
const started = performance.now()

function elapsed(since = started): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}

/** Runs `job`, printing when it starts and how long it took. */
export async function step<T>(label: string, job: () => Promise<T>): Promise<T> {
  const begin = performance.now()
  console.log(`… ${label}`)
  const result = await job()
  console.log(`✓ ${label} (${elapsed(begin)}; total ${elapsed()})`)
  return result
}
