import { compile } from '@vue/compiler-dom'
import { describe, expect, it } from 'vitest'
import { diagramBlock, diagramLabel, finishSvg, mergeSchemes, normalizeColor } from '#scripts/mermaid/svg'

const palettes = {
  light: { text: '#0f1b2d', bg: '#ffffff' },
  dark: { text: '#e8eef7', bg: '#0e1624' },
}

function svgPair(lightFill: string, darkFill: string, extra = '') {
  const svg = (id: string, fill: string, text: string) =>
    `<svg id="${id}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 200px;" viewBox="0 0 200 50" role="graphics-document document" aria-roledescription="flowchart-v2">`
    + `<style>#${id}{fill:${text};}#${id} .node rect{fill:${fill};stroke:#000000;}</style>`
    + `<rect fill="${fill}" x="1"/><text>Host</text>${extra}</svg>`
  return {
    light: svg('d1', lightFill, '#0f1b2d'),
    dark: svg('d1-dark', darkFill, 'rgb(232, 238, 247)'),
  }
}

describe('normalizeColor', () => {
  it('brings the forms Mermaid writes to one hex form', () => {
    expect(normalizeColor('#ABC')).toBe('#aabbcc')
    expect(normalizeColor('rgb(232, 238, 247)')).toBe('#e8eef7')
    expect(normalizeColor('rgba(5, 5, 5, 0.5)')).toBe('#05050580')
    expect(normalizeColor('hsl(0, 0%, 0%)')).toBe('#000000')
    expect(normalizeColor('hsl(210, 100%, 50%)')).toBe('#0080ff')
    expect(normalizeColor('#112233ff')).toBe('#112233')
  })
})

describe('mergeSchemes', () => {
  it('makes one SVG whose differing colours follow html.dark', () => {
    const { light, dark } = svgPair('#eef4fb', '#17233a')
    const [svg, ...rest] = mergeSchemes(light, dark, palettes)
    expect(rest).toEqual([])
    // Palette colours become the palette's own variables.
    expect(svg).toContain('#d1{fill:var(--dd-text);}')
    // A colour outside the palette gets a private variable, defined for both schemes.
    expect(svg).toMatch(/#d1\{--ddm-0:#eef4fb\}html\.dark #d1\{--ddm-0:#17233a\}/)
    expect(svg).toContain('.node rect{fill:var(--ddm-0);stroke:#000000;}')
    // Presentation attributes cannot hold var(): moved to the style attribute.
    expect(svg).toContain('<rect style="fill:var(--ddm-0)" x="1"/>')
    expect(svg).not.toContain('d1-dark')
  })

  it('keeps both renders, one per scheme, when they do not line up', () => {
    const { light, dark } = svgPair('#eef4fb', '#17233a')
    const svgs = mergeSchemes(light, dark.replace('<text>', '<rect fill="#123456"/><text>'), palettes)
    expect(svgs).toHaveLength(2)
    expect(svgs[0]).toContain('html.dark #d1{display:none!important}')
    expect(svgs[1]).toContain('html:not(.dark) #d1-dark{display:none!important}')
  })

  it('does not take an id such as #dd-… for a colour', () => {
    const light = '<svg id="dd-ab"><style>#dd-ab .x{fill:#ffffff}</style></svg>'
    const dark = '<svg id="dd-ab-dark"><style>#dd-ab-dark .x{fill:#0e1624}</style></svg>'
    expect(mergeSchemes(light, dark, palettes)).toEqual(['<svg id="dd-ab"><style>#dd-ab .x{fill:var(--dd-bg)}</style></svg>'])
  })
})

describe('finishSvg', () => {
  const { light } = svgPair('#eef4fb', '#17233a')

  it('sizes the SVG from its viewBox, fills its column up to 1.5× and caps it to the slide', () => {
    const svg = finishSvg(light, { label: 'Diagrama: Host', scale: 0.5, maxHeight: 300 })
    const root = /^<svg[^>]*>/.exec(svg)![0]
    expect(root).toContain('width="100" height="25"')
    expect(root).toContain('width:100%;max-width:min(100%,150px);max-height:300px;height:auto')
    expect(root).not.toContain('width="100%"')
    expect(root).not.toContain('max-width: 200px')
  })

  it('gives it role img and an escaped label instead of Mermaid\'s roles', () => {
    const root = /^<svg[^>]*>/.exec(finishSvg(light, { label: 'A "B" <C> & D' }))![0]
    expect(root).toContain('role="img"')
    expect(root).toContain('aria-label="A &quot;B&quot; &lt;C&gt; &amp; D"')
    expect(root).not.toContain('aria-roledescription')
    expect(root).not.toContain('graphics-document')
  })
})

describe('diagramLabel', () => {
  it('prefers the diagram title, else lists its text', () => {
    expect(diagramLabel(['Host', 'Contêiner'], 'Fluxo do docker run')).toBe('Fluxo do docker run')
    expect(diagramLabel(['Host', 'Contêiner'])).toBe('Diagrama: Host, Contêiner')
    expect(diagramLabel([])).toBe('Diagrama')
    expect(diagramLabel(['x'.repeat(400)]).length).toBeLessThan(320)
  })
})

describe('diagramBlock', () => {
  it('is one line of HTML whose v-html gives back the SVG exactly, and Vue compiles it', () => {
    const svg = '<svg id="x"><style>#x .a>b{fill:"q"}</style><text>{{ não }} &amp; \'aspas\'\n</text></svg>'
    const block = diagramBlock([svg])
    expect(block).not.toContain('\n')
    const errors: unknown[] = []
    const { code } = compile(block, { onError: e => errors.push(e) })
    expect(errors).toEqual([])
    // The compiled render function carries the SVG as a string literal, untouched.
    expect(code).toContain(`innerHTML: ${JSON.stringify(svg)}`)
  })
})
