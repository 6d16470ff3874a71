import { describe, expect, it } from 'vitest'
import { palettes } from '#client/palette'
import { mermaidConfig } from '#scripts/mermaid/theme'

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('the diagram colours of client/palette.ts', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const vars = mermaidConfig(palettes[scheme], scheme === 'dark').themeVariables as Record<string, string>

    it(`${scheme}: diagram text reads at 4.5:1 on every fill it sits on`, () => {
      for (const fill of ['primaryColor', 'secondaryColor', 'tertiaryColor', 'background', 'noteBkgColor', 'actorBkg', 'edgeLabelBackground', 'clusterBkg'])
        expect(contrast(vars.primaryTextColor, vars[fill]), `${vars.primaryTextColor} on ${fill} ${vars[fill]}`).toBeGreaterThanOrEqual(4.5)
    })

    it(`${scheme}: lines and borders stand out at 3:1 from the slide`, () => {
      for (const line of ['lineColor', 'primaryBorderColor', 'actorLineColor'])
        expect(contrast(vars[line], vars.background), `${line} ${vars[line]}`).toBeGreaterThanOrEqual(3)
    })
  }

  it('names every missing colour at once', () => {
    expect(() => mermaidConfig({ text: '#000000' }, false)).toThrow(/--dd-bg, --dd-surface/)
  })
})
