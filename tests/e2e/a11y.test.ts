// Accessibility of the built site: axe-core (WCAG 2.0/2.1 A and AA) on every slide of every deck at
// its last click, in light and dark, and on the landing page; every diagram with a text alternative;
// the decks walked with the keyboard alone; no motion under prefers-reduced-motion.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDecks } from '#scripts/site/decks'
import { countClicks } from '#scripts/lint/click-count'
import { buildDeckView } from '#scripts/lint/deck-view'
import { openSite, type Site } from '../support/site'

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const SCHEMES = ['light', 'dark'] as const
const SCHEME_NAME = { light: 'claro', dark: 'escuro' } as const
const decks = await listDecks()

let site: Site
beforeAll(async () => { site = await openSite() })
afterAll(async () => { await site?.close() })

/** axe's findings as one readable line each: rule, where, element, and the colours for contrast. */
async function axe(page: Page, where: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG)
  if (include) builder.include(include)
  const results = await builder.analyze()
  return results.violations.flatMap(violation => violation.nodes.map((node) => {
    const data = node.any.find(check => check.data?.contrastRatio)?.data as
      { fgColor: string, bgColor: string, contrastRatio: number, expectedContrastRatio: string } | undefined
    const colours = data ? ` — ${data.fgColor} sobre ${data.bgColor}, contraste ${data.contrastRatio} (mínimo ${data.expectedContrastRatio})` : ''
    return `${where}: ${violation.id} em ${node.target.join(' ')}${colours} — ${node.html.slice(0, 120)}`
  }))
}

/** Diagrams (SVG, canvas, img) on the current slide that a screen reader cannot name. */
async function unnamedDiagrams(page: Page, no: number, where: string): Promise<string[]> {
  const found = await page.evaluate((slide) => {
    const root = document.querySelector(`.slidev-page-${slide}`)
    if (!root) return [`.slidev-page-${slide} não encontrado`]
    const named = (el: Element) => Boolean(
      el.getAttribute('aria-label')?.trim()
      || el.getAttribute('aria-labelledby')
      || el.getAttribute('alt')?.trim()
      || el.querySelector(':scope > title')?.textContent?.trim(),
    )
    // Hidden from assistive tech on purpose, with the text given next to it (a caption, sr-only text).
    const describedNearby = (el: Element) => {
      const hidden = el.closest('[aria-hidden="true"]')
      if (!hidden) return false
      const holder = hidden.closest('figure') ?? hidden.parentElement
      return Boolean(holder && (holder.textContent ?? '').replace(hidden.textContent ?? '', '').trim())
    }
    return Array.from(root.querySelectorAll('svg, canvas, img'))
      .filter(el => !el.parentElement?.closest('svg'))
      .filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width >= 64 && box.height >= 64
      })
      .filter(el => !named(el) && !describedNearby(el))
      .map(el => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`)
  }, no)
  return found.map(el => `${where}: diagrama sem alternativa em texto (aria-label, <title> ou legenda) — ${el}`)
}

interface Position { no: number, clicks: number }

function position(url: string): Position {
  const parsed = new URL(url)
  return { no: Number(parsed.pathname.split('/').filter(Boolean).pop()) || 1, clicks: Number(parsed.searchParams.get('clicks') ?? 0) }
}

/** Presses a key; resolves with the new position, or undefined when the URL did not change. */
async function press(page: Page, key: string, wait = 10_000): Promise<Position | undefined> {
  const before = page.url()
  await page.keyboard.press(key)
  const moved = await page.waitForURL(url => url.href !== before, { timeout: wait }).then(() => true, () => false)
  return moved ? position(page.url()) : undefined
}

/** The slide is drawn: its layout mounted, fonts loaded, no request pending. */
async function settle(page: Page, no: number): Promise<void> {
  await page.waitForSelector(`.slidev-page-${no} .slidev-layout`, { state: 'attached' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForLoadState('networkidle')
}

/** Clicks per slide, as the keyboard walk found them (light walk), for the click-marker check. */
const walkedClicks = new Map<string, number[]>()

describe('every slide of every deck passes axe (WCAG 2.1 A/AA) at its last click', () => {
  for (const scheme of SCHEMES) {
    it.each(decks.map(d => d.id))(`%s, tema ${SCHEME_NAME[scheme]}, só com o teclado`, async (id) => {
      const deck = site.decks.find(d => d.id === id)
      expect(deck, `${id} não existe`).toBeDefined()
      const { context, external } = await site.newContext({ colorScheme: scheme, reducedMotion: 'reduce' })
      const { page, errors } = await site.newPage(context)
      const findings: string[] = []
      const clicks: number[] = []
      try {
        await page.goto(`${site.origin}${site.base}${deck!.id}/1`)
        await settle(page, 1)
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
        for (let no = 1; no <= deck!.slideCount; no++) {
          const last = no === deck!.slideCount
          // Forward with → and space alone, through every click, until the next slide.
          let reached = 0
          for (;;) {
            const next = await press(page, (reached + no) % 2 ? 'Space' : 'ArrowRight', last ? 1_500 : 10_000)
            if (!next) {
              expect(last, `${deck!.id}: o teclado não avança do slide ${no} (clique ${reached})`).toBe(true)
              break
            }
            if (next.no === no) {
              expect(next.clicks).toBe(reached + 1)
              reached = next.clicks
              continue
            }
            expect(next).toEqual({ no: no + 1, clicks: 0 })
            // ← goes back to the previous slide at its last click.
            expect(await press(page, 'ArrowLeft')).toEqual({ no, clicks: reached })
            break
          }
          clicks.push(reached)
          const where = `${deck!.id} slide ${no} (${SCHEME_NAME[scheme]}${reached ? `, clique ${reached}` : ''})`
          await settle(page, no)
          findings.push(...await axe(page, where, `.slidev-page-${no}`))
          findings.push(...await unnamedDiagrams(page, no, where))
          if (!last) expect(await press(page, 'ArrowRight')).toEqual({ no: no + 1, clicks: 0 })
        }
      }
      finally {
        await context.close()
      }
      if (scheme === 'light') walkedClicks.set(deck!.id, clicks)
      expect(clicks).toHaveLength(deck!.slideCount)
      expect(external).toEqual([])
      expect(errors).toEqual([])
      // One line per finding, in full (an array diff would be truncated).
      expect(findings.join('\n')).toBe('')
    }, 900_000)
  }

  it('the linter\'s click counter agrees with Slidev on every slide (so the [click] check is right)', async () => {
    for (const deck of site.decks) {
      const walked = walkedClicks.get(deck.id)
      expect(walked, `${deck.id} não foi percorrida`).toBeDefined()
      const view = await buildDeckView(deck.file)
      const counted = view.slides.map(slide => countClicks(slide.fileLines.slice(slide.contentStart, slide.end).join('\n'), slide.info.frontmatter).total)
      expect(counted, deck.id).toEqual(walked)
    }
  })
})

describe('landing page', () => {
  for (const scheme of SCHEMES) {
    it(`passes axe in the ${scheme} theme`, async () => {
      const { context, external } = await site.newContext({ colorScheme: scheme })
      const { page, errors } = await site.newPage(context)
      try {
        await page.goto(`${site.origin}${site.base}`)
        await page.waitForLoadState('networkidle')
        expect(await axe(page, `página inicial (${SCHEME_NAME[scheme]})`)).toEqual([])
        expect(await unnamedDiagramsOnPage(page)).toEqual([])
      }
      finally {
        await context.close()
      }
      expect(external).toEqual([])
      expect(errors).toEqual([])
    })
  }

  it('reaches every link with Tab alone, each with a visible focus outline', async () => {
    const { context } = await site.newContext()
    const { page } = await site.newPage(context)
    try {
      await page.goto(`${site.origin}${site.base}`)
      const links = await page.$$eval('a[href]', as => as.filter(a => a.getClientRects().length > 0 || a.classList.contains('skip')).map(a => a.getAttribute('href')))
      expect(links.length).toBeGreaterThan(4)
      const reached: string[] = []
      for (let i = 0; i < links.length + 5; i++) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return undefined
          const style = getComputedStyle(el)
          return { href: el.getAttribute('href'), outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 }
        })
        if (!focused?.href) continue
        expect(focused.outline, `${focused.href} sem contorno de foco visível`).toBe(true)
        reached.push(focused.href)
      }
      expect(new Set(reached)).toEqual(new Set(links))
    }
    finally {
      await context.close()
    }
  })
})

async function unnamedDiagramsOnPage(page: Page): Promise<string[]> {
  return page.$$eval('img, svg', els => els
    .filter(el => !el.parentElement?.closest('svg') && !el.closest('[aria-hidden="true"]'))
    .filter(el => !(el.getAttribute('alt') !== null || el.getAttribute('aria-label') || el.querySelector(':scope > title')))
    .map(el => el.outerHTML.slice(0, 100)))
}

describe('prefers-reduced-motion', () => {
  /** Longest transition/animation on the slide container and its click targets, in seconds. */
  async function longestMotion(reducedMotion: 'reduce' | 'no-preference'): Promise<{ transition: number, animation: number, targets: number }> {
    const deck = site.decks[0]
    const { context } = await site.newContext({ reducedMotion })
    const { page } = await site.newPage(context)
    try {
      // A slide with click steps: find one by walking forward until a click stays on the slide.
      await page.goto(`${site.origin}${site.base}${deck.id}/1`)
      await settle(page, 1)
      for (let i = 0; i < 200; i++) {
        if (await page.$('.slidev-page .slidev-vclick-target')) break
        await press(page, 'ArrowRight')
      }
      const { no } = position(page.url())
      await settle(page, no)
      // Start a slide transition and measure while it runs.
      await page.keyboard.press('ArrowRight')
      return await page.evaluate(() => {
        const seconds = (value: string) => Math.max(...value.split(',').map(v => Number.parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)))
        const slides = [document.querySelector('#slideshow')!, ...document.querySelectorAll('#slideshow .slidev-page')]
        const targets = [...document.querySelectorAll('.slidev-vclick-target')]
        return {
          transition: Math.max(...slides.map(el => seconds(getComputedStyle(el).transitionDuration))),
          animation: Math.max(...slides.map(el => seconds(getComputedStyle(el).animationDuration))),
          targets: Math.max(0, ...targets.map(el => seconds(getComputedStyle(el).transitionDuration))),
        }
      })
    }
    finally {
      await context.close()
    }
  }

  it('turns slide transitions and click animations off', async () => {
    expect(await longestMotion('reduce')).toEqual({ transition: 0, animation: 0, targets: 0 })
  })

  it('keeps them for everyone else (so the check above can fail)', async () => {
    const motion = await longestMotion('no-preference')
    expect(Math.max(motion.transition, motion.targets)).toBeGreaterThan(0)
  })
})
