// The step a figure shows, counted from the slide's clicks. The figure registers its `steps`
// clicks with the slide, as Slidev's own ShikiMagicMove does, so the slide declares no `clicks:`.
// In the PDF export (withClicks: false) Slidev renders every slide at its last click, so the final
// step is what gets printed; the clamp also keeps `?clicks=99` safe.
import { computed, onUnmounted, useId, type ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'

export function clampStep(clicks: number, steps: number): number {
  if (!Number.isFinite(clicks)) return steps
  return Math.min(Math.max(Math.trunc(clicks), 0), steps)
}

export function useStep(steps: number): ComputedRef<number> {
  const { $clicksContext: clicks } = useSlideContext()
  const id = `dd-step-${useId()}`
  const since = clicks.calculateSince('+1', steps)
  clicks.register(id, since)
  onUnmounted(() => clicks.unregister(id))
  // since.start is the figure's first click (1 unless other clicks come before it on the slide).
  return computed(() => since ? clampStep(clicks.current - since.start + 1, steps) : steps)
}
