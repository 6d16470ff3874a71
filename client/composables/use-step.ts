// The step a component shows: the slide's click count from Slidev, clamped to the component's steps.
// In the PDF export (withClicks: false) Slidev renders every slide at its last click, so the final
// step is what gets printed; the clamp also keeps `?clicks=99` safe.
import { computed, type ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'

export function clampStep(clicks: number, steps: number): number {
  if (!Number.isFinite(clicks)) return steps
  return Math.min(Math.max(Math.trunc(clicks), 0), steps)
}

export function useStep(steps: number): ComputedRef<number> {
  const { $clicks } = useSlideContext()
  return computed(() => clampStep($clicks.value, steps))
}
