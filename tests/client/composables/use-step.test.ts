import { describe, expect, it, vi } from 'vitest'

// use-step.ts reads the click count from Slidev; clampStep alone needs no slide.
vi.mock('@slidev/client', () => ({ useSlideContext: () => ({}) }))
const { clampStep } = await import('#client/composables/use-step')

describe('clampStep', () => {
  it('keeps the click count within the component steps', () => {
    expect(clampStep(0, 3)).toBe(0)
    expect(clampStep(2, 3)).toBe(2)
    expect(clampStep(-1, 3)).toBe(0)
  })

  it('shows the final state past the last click, as the PDF export does (clicks = 999999)', () => {
    expect(clampStep(999_999, 3)).toBe(3)
    expect(clampStep(Number.NaN, 3)).toBe(3)
  })
})
