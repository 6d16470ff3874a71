// The one parser of the speaker notes' timing hints: each slide's notes end with `(~N min)`
// (`(~1,5 min)` and `(~1.5 min)` also read). The presenter's pacing plan (pacing.ts), the deck
// linter and the study texts (the landing page's durations, the apostilas) read hints through this file.

/** The hint `(~N min)`, anywhere in the text (the last one wins). */
export const TIMING_HINT = /\(~\s*(\d+(?:[.,]\d+)?)\s*min\s*\)/gi

/** Minutes of the last timing hint in a note, or undefined when it has none. */
export function timingHint(note: string | undefined): number | undefined {
  if (!note) return undefined
  const all = [...note.matchAll(TIMING_HINT)]
  const last = all.at(-1)
  return last ? Number(last[1].replace(',', '.')) : undefined
}

export interface PlannedSlide {
  /** Slide number, from 1. */
  no: number
  /** Minutes the hint gives this slide (0 when it has none). */
  minutes: number
  /** Minutes into the aula when this slide should start / end. */
  start: number
  end: number
}

export interface PacingPlan {
  slides: PlannedSlide[]
  /** Sum of the hints, in minutes. */
  total: number
  /** Slides without a hint (numbers from 1). */
  missing: number[]
}

/** The aula's plan from every slide's notes, in slide order. */
export function planFromNotes(notes: readonly (string | undefined)[]): PacingPlan {
  let at = 0
  const missing: number[] = []
  const slides = notes.map((note, i) => {
    const hint = timingHint(note)
    if (hint === undefined) missing.push(i + 1)
    const minutes = hint ?? 0
    const slide = { no: i + 1, minutes, start: at, end: at + minutes }
    at += minutes
    return slide
  })
  return { slides, total: at, missing }
}
