/** Jobs to run at the same time here: one per core, at least 1, at most `max` (2 cores → 2). */
export function parallelism(cores: number, max = 2): number {
  return Math.max(1, Math.min(max, Math.floor(cores) || 1))
}
