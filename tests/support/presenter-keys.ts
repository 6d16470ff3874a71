// Moves a presenter view (or a play view) to `page:clicks` with the arrow keys, each step seen in
// its address: the way a lecturer gets there, so the live room follows every step.
import type { Page } from 'playwright-chromium'
import { expect } from 'vitest'

/** `page:clicks` of a presenter or play view, from its address. */
export function positionOf(page: Page): string {
  const url = new URL(page.url())
  return `${url.pathname.split('/').at(-1)}:${url.searchParams.get('clicks') ?? '0'}`
}

export async function keyTo(view: Page, page: number, clicks: number, maxSteps = 40): Promise<void> {
  const target = `${page}:${clicks}`
  for (let i = 0; i < maxSteps && positionOf(view) !== target; i++) {
    const [at, atClicks] = positionOf(view).split(':').map(Number)
    const before = positionOf(view)
    await view.keyboard.press(at < page || (at === page && atClicks < clicks) ? 'ArrowRight' : 'ArrowLeft')
    await expect.poll(() => positionOf(view), { timeout: 10_000 }).not.toBe(before)
  }
  expect(positionOf(view)).toBe(target)
}
