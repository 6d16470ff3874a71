// @vitest-environment happy-dom
// Every step figure through the shared frame: it registers its clicks with the slide (so no slide
// declares `clicks:`), the number the lint counts (client/figures/steps.ts), and draws and speaks
// each step inside <StepFigure>.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { nextTick, type Component } from 'vue'
import { figureSteps } from '#client/figures/steps'
import { clicks, description, mountAt, slideClicks } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

const componentsDir = join(import.meta.dirname, '../../components')
const stepping = readdirSync(componentsDir).filter(f => f.endsWith('.vue') && readFileSync(join(componentsDir, f), 'utf8').includes('useStep('))
const load = async (name: string) => (await import(`../../components/${name}.vue`)).default as Component
/** The props each figure is shown with on the slides. */
const shownWith: Record<string, Record<string, string>[]> = { NamespaceExplorer: [{ group: 'classicos' }, { group: 'demais' }] }
const cases = Object.keys(figureSteps).flatMap(name => (shownWith[name] ?? [{}]).map(props => [name, props] as const))

describe('step figures', () => {
  it('every component that counts steps has its clicks in the registry, and only those', () => {
    expect(stepping.map(f => f.replace(/\.vue$/, '')).sort()).toEqual(Object.keys(figureSteps).sort())
  })

  it.each(cases)('%s %o registers the clicks the lint counts, and shows the last step at ?clicks=99', async (name, props) => {
    const steps = figureSteps[name](props)
    expect(steps).toBeGreaterThan(0)
    const w = await mountAt(await load(name), 99, props)
    expect(slideClicks().total).toBe(steps)
    expect(w.get('figure').attributes('data-step')).toBe(String(steps))
    clicks.value = 0
    await nextTick()
    expect(w.get('figure').attributes('data-step')).toBe('0')
    expect(w.unmount()).toBeUndefined()
    expect(slideClicks().total).toBe(0)
  })

  it.each(cases)('%s %o: the drawing is in a StepFigure, the description in a live figcaption', async (name, props) => {
    const w = await mountAt(await load(name), 1, props)
    const figure = w.get('figure.dd-step-figure')
    const caption = figure.get('figcaption')
    expect(caption.attributes('aria-live')).toBe('polite')
    expect(caption.classes()).toContain('sr-only')
    expect(description(w).length).toBeGreaterThan(20)
    // Readable tables (NamespaceExplorer) stay for screen readers; drawings are hidden from them.
    const drawing = figure.get('.dd-step-figure__drawing')
    expect(drawing.attributes('aria-hidden')).toBe(name === 'NamespaceExplorer' ? undefined : 'true')
    // Whatever hides at a step fades with the frame's rule, not one of its own.
    for (const hidden of w.findAll('.is-hidden')) expect(hidden.classes()).toContain('dd-step')
  })
})
