// The real thing: the project's mermaid in Chromium, then the merged SVG shown in a page with the
// course palette, in both schemes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-chromium'
import { launchChromium } from '#scripts/util/browser'
import { createChromiumRenderer, MermaidSyntaxError, type MermaidRenderer, type RawRender } from '#scripts/mermaid/render'
import { diagramLabel, finishSvg, mergeSchemes } from '#scripts/mermaid/svg'
import { deckPaletteCss, palettes } from '#client/palette'
import { themeConfigs } from '#scripts/mermaid/theme'

let renderer: MermaidRenderer
let browser: Browser
let flow: RawRender

beforeAll(async () => {
  renderer = createChromiumRenderer(themeConfigs(palettes))
  browser = await launchChromium()
  flow = await renderer.render('dd-test-flow', 'graph LR\n  A[Host] --> B[Contêiner do Docker]')
}, 60_000)
afterAll(async () => {
  await renderer?.close()
  await browser?.close()
})

describe('createChromiumRenderer', () => {
  it('renders labels as SVG text (not HTML in foreignObject) and reads them back', () => {
    expect(flow.light).toMatch(/^<svg id="dd-test-flow"/)
    expect(flow.dark).toMatch(/^<svg id="dd-test-flow-dark"/)
    expect(flow.light).toContain('>Host</tspan>')
    expect(flow.light).not.toContain('<foreignObject')
    expect(flow.labels).toEqual(['Host', 'Contêiner do Docker'])
    expect(flow.title).toBeUndefined()
  })

  it('uses accTitle as the title', async () => {
    const seq = await renderer.render('dd-test-seq', 'sequenceDiagram\n  accTitle: Fluxo do docker run\n  Usuário->>dockerd: docker run')
    expect(seq.title).toBe('Fluxo do docker run')
    expect(diagramLabel(seq.labels, seq.title)).toBe('Fluxo do docker run')
  })

  it('reports a syntax error with Mermaid\'s line, and keeps working afterwards', async () => {
    const error = await renderer.render('dd-test-bad', 'graph LR\n  A --> B\n  B -->> C[').catch(e => e)
    expect(error).toBeInstanceOf(MermaidSyntaxError)
    expect(error.line).toBe(3)
    await expect(renderer.render('dd-test-ok', 'pie\n  "a": 1')).resolves.toMatchObject({ labels: expect.arrayContaining(['a']) })
  })
})

describe('the merged SVG on a page with the course palette', () => {
  async function show(dark: boolean) {
    const css = deckPaletteCss()
    const svgs = mergeSchemes(flow.light, flow.dark, palettes).map(svg => finishSvg(svg, { label: diagramLabel(flow.labels) }))
    const page = await browser.newPage()
    await page.setContent(`<html class="${dark ? 'dark' : ''}"><style>${css}</style><body><div style="width:300px">${svgs.join('')}</div></body></html>`)
    const result = await page.evaluate(() => {
      const visible = [...document.querySelectorAll('svg')].filter(svg => getComputedStyle(svg).display !== 'none')
      const svg = visible[0]
      return {
        count: visible.length,
        text: getComputedStyle(svg.querySelector('text')!).fill,
        node: getComputedStyle(svg.querySelector('.node rect')!).fill,
        width: svg.getBoundingClientRect().width,
        role: svg.getAttribute('role'),
        label: svg.getAttribute('aria-label'),
      }
    })
    await page.close()
    return { svgs, ...result }
  }
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`

  it('is one SVG whose colours follow html.dark', async () => {
    const light = await show(false)
    const dark = await show(true)
    expect(light.svgs).toHaveLength(1)
    expect(light.count).toBe(1)
    expect(light.text).toBe(rgb(palettes.light.text))
    expect(light.node).toBe(rgb(palettes.light.surface))
    expect(dark.text).toBe(rgb(palettes.dark.text))
    expect(dark.node).toBe(rgb(palettes.dark.surface))
  })

  it('shrinks to its container and carries its text alternative', async () => {
    const light = await show(false)
    expect(light.width).toBeLessThanOrEqual(300)
    expect(light.role).toBe('img')
    expect(light.label).toBe('Diagrama: Host, Contêiner do Docker')
  })
})
