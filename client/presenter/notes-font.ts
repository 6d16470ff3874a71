// The notes' font size steps of the presenter page (A− / A+, keys - and +). The value itself is
// Slidev's own setting `presenterNotesFontSize`, which Slidev keeps in localStorage.

export const NOTES_FONT_STEPS = [0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.5]

/** Index of the step at or just above `size` (a size remembered from another version still lands on a step). */
export function fontStepIndex(size: number): number {
  const i = NOTES_FONT_STEPS.findIndex(s => s >= size - 0.001)
  return i === -1 ? NOTES_FONT_STEPS.length - 1 : i
}

/** The size `delta` steps away from `size`, kept within the steps. */
export function stepFont(size: number, delta: number): number {
  const i = Math.max(0, Math.min(NOTES_FONT_STEPS.length - 1, fontStepIndex(size) + delta))
  return NOTES_FONT_STEPS[i]
}

export const fontPercent = (size: number) => `${Math.round(size * 100)}%`
