import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedHeadmatter } from '#course'
import { palettes } from '#client/palette'
import { faviconFile } from '#scripts/site/icons'
import { renderPage } from '#scripts/site/page'

describe('the favicon', () => {
  it('is public/favicon.svg, in the palette\'s primary colour', () => {
    const svg = readFileSync(faviconFile, 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain(`fill="${palettes.light.primary}"`)
  })

  it('is linked from the decks and from the standalone pages under the base', () => {
    expect(sharedHeadmatter.favicon).toBe('/favicon.svg')
    expect(renderPage({ title: 'x', base: '/curso/', style: '', body: '' })).toContain('<link rel="icon" href="/curso/favicon.svg">')
  })
})
