// Vote tallies as plain functions: counts per option, who got it right, per round.
// An answer is a device's set of chosen options (0-based); nothing here knows which device.

/** How many answers chose each option (an answer with several choices counts once for each). */
export function tally(answers: readonly (readonly number[])[], optionCount: number): number[] {
  const counts = Array.from({ length: optionCount }, () => 0)
  for (const choices of answers) {
    for (const c of choices) if (c >= 0 && c < optionCount) counts[c]++
  }
  return counts
}

/** Right when the chosen set is exactly the correct set. */
export function isCorrect(choices: readonly number[], correct: readonly number[]): boolean {
  const chosen = new Set(choices)
  return chosen.size === correct.length && correct.every(c => chosen.has(c))
}

export interface RoundSummary {
  /** Devices that answered (one answer each). */
  devices: number
  counts: number[]
  /** Devices whose answer was right. */
  right: number
  /** 0–100, or null when nobody answered. */
  percentRight: number | null
}

export function summarize(answers: readonly (readonly number[])[], optionCount: number, correct: readonly number[]): RoundSummary {
  const right = answers.filter(a => isCorrect(a, correct)).length
  return {
    devices: answers.length,
    counts: tally(answers, optionCount),
    right,
    percentRight: answers.length ? Math.round((right / answers.length) * 1000) / 10 : null,
  }
}
