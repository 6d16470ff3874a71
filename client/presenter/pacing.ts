// Where the lecturer is against the aula's plan (timing.ts): on slide N after `elapsed` minutes,
// ahead when the plan starts slide N later than now, behind when it ends slide N before now,
// on time inside slide N's planned span. Said in words, never by colour alone.
import type { PacingPlan } from './timing'

export type PacingStatus = 'ahead' | 'behind' | 'on-time'

export interface Pacing {
  status: PacingStatus
  /** Whole minutes ahead or behind (0 when on time). */
  minutes: number
  /** The slide the plan says should be on screen now. */
  plannedNo: number
  /** "3 min atrasado", "2 min adiantado", "no ritmo". */
  label: string
}

/** The slide the plan puts on screen `elapsed` minutes in (the last one once the plan is over). */
export function plannedSlideAt(plan: PacingPlan, elapsed: number): number {
  const slide = plan.slides.find(s => elapsed < s.end)
  return slide?.no ?? plan.slides.at(-1)?.no ?? 1
}

export function pacingAt(plan: PacingPlan, currentNo: number, elapsed: number): Pacing {
  const plannedNo = plannedSlideAt(plan, elapsed)
  const slide = plan.slides[currentNo - 1]
  let status: PacingStatus = 'on-time'
  let minutes = 0
  if (slide && elapsed < slide.start) {
    minutes = Math.round(slide.start - elapsed)
    status = 'ahead'
  }
  else if (slide && elapsed > slide.end) {
    minutes = Math.round(elapsed - slide.end)
    status = 'behind'
  }
  if (minutes === 0) status = 'on-time'
  return { status, minutes, plannedNo, label: pacingLabel(status, minutes) }
}

export function pacingLabel(status: PacingStatus, minutes: number): string {
  if (status === 'ahead') return `${minutes} min adiantado`
  if (status === 'behind') return `${minutes} min atrasado`
  return 'no ritmo'
}

/** `m:ss` (or `h:mm:ss`) for a number of seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
