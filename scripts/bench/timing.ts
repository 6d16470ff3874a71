// Timings in Chromium for `npm run bench`: the first slide on a slow classroom network with a slow
// CPU, and how long the next slide takes to appear after a key press. Measured inside the page
// (performance.now()), so the polling from Node adds nothing to the figures. Launch the browser
// with OFFLINE_ARGS: other hosts fail at once, without request interception slowing every request.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'

export const SLOW_NETWORK = { latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 1.6e6 }
export const CPU_SLOWDOWN = 4
/** Every host but the loopback one fails to resolve. */
export const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']

async function throttle(context: BrowserContext, page: Page, network: boolean, cpu = CPU_SLOWDOWN) {
  const cdp = await context.newCDPSession(page)
  if (network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_NETWORK.latencyMs,
      downloadThroughput: SLOW_NETWORK.downloadBitsPerSecond / 8,
      uploadThroughput: SLOW_NETWORK.uploadBitsPerSecond / 8,
    })
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
}

/** In the page: resolves with performance.now() once slide `no` is visible, after that frame is painted. */
const WHEN_SHOWN = `window.__ddWhenShown = (no) => new Promise((resolve) => {
  const shown = () => {
    const el = document.querySelector('.slidev-page-' + no)
    return el && el.querySelector('.slidev-layout') && el.checkVisibility() && el.getBoundingClientRect().width > 0
  }
  const check = () => shown() ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))) : requestAnimationFrame(check)
  check()
})`

/**
 * Milliseconds from navigation start to slide 1 painted, with a cold cache, the network at
 * 1.6 Mbps / 150 ms and the CPU 4× slower.
 */
export async function firstSlideTime(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await throttle(context, page, true)
  await page.addInitScript(`${WHEN_SHOWN};window.__ddFirst = __ddWhenShown(1)`)
  await page.goto(url, { waitUntil: 'commit' })
  const time = await page.evaluate(() => (window as any).__ddFirst as Promise<number>)
  await context.close()
  return time
}

/**
 * Key press (ArrowDown: next slide, past its clicks) to the next slide painted, for every slide of
 * a deck that is fully loaded (Slidev's preload done); `cpu` slows the CPU down (1 = as is).
 */
export async function nextSlideLatencies(browser: Browser, deckUrl: string, slideCount: number, cpu = CPU_SLOWDOWN): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(`${WHEN_SHOWN};addEventListener('keydown', e => { if (e.key === 'ArrowDown') window.__ddPressed = performance.now() }, true)`)
  await page.goto(`${deckUrl}1`, { waitUntil: 'networkidle' })
  // Slidev loads every slide 3 s after start; measure a deck that is all there, as in class.
  await page.waitForTimeout(3500)
  await page.waitForLoadState('networkidle')
  await throttle(context, page, false, cpu)
  const latencies: number[] = []
  for (let no = 2; no <= slideCount; no++) {
    await page.evaluate(n => { (window as any).__ddNext = (window as any).__ddWhenShown(n) }, no)
    await page.keyboard.press('ArrowDown')
    const shownAt = await page.evaluate(() => (window as any).__ddNext as Promise<number>)
    latencies.push(shownAt - await page.evaluate(() => (window as any).__ddPressed as number))
    // Let the slide transition end before the next key.
    await page.waitForTimeout(500)
  }
  await context.close()
  return latencies
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}
