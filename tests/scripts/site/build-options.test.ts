import { describe, expect, it } from 'vitest'
import { deckDownload, withSharedHeadmatter } from '#course'
import { buildOptions, isOff } from '#scripts/site/build-options'

describe('buildOptions', () => {
  it('builds everything by default, under /', () => {
    expect(buildOptions({})).toEqual({ base: '/', notes: true, pdf: true, apostila: true, lint: true })
  })

  it('NOTES=off makes a students-only mirror: no notes, so no apostila', () => {
    expect(buildOptions({ NOTES: 'off', BASE: 'curso' })).toEqual({ base: '/curso/', notes: false, pdf: true, apostila: false, lint: true })
  })

  it('PDF=off skips PDFs and apostilas; LINT=off skips the lint', () => {
    expect(buildOptions({ PDF: '0', LINT: 'false' })).toMatchObject({ pdf: false, apostila: false, lint: false })
  })

  it('reads off-ish values, and nothing else, as off', () => {
    for (const v of ['off', 'OFF', '0', 'false', 'no', 'não', ' off ']) expect(isOff(v), v).toBe(true)
    for (const v of [undefined, '', 'on', '1', 'true', 'yes']) expect(isOff(v), String(v)).toBe(false)
  })
})

describe('the deck download button', () => {
  it('points at the deck PDF under the base when the build makes PDFs', () => {
    expect(deckDownload(3, { DD_PDF_BASE: '/curso/pdf/' })).toBe('/curso/pdf/aula-3.pdf')
    expect(deckDownload(3, {})).toBe(false)
    expect(deckDownload(undefined, { DD_PDF_BASE: '/pdf/' })).toBe(false)
  })

  it('is filled into the headmatter, unless the deck sets its own', () => {
    const saved = process.env.DD_PDF_BASE
    process.env.DD_PDF_BASE = '/x/pdf/'
    try {
      expect(withSharedHeadmatter({ aula: 2 }).download).toBe('/x/pdf/aula-2.pdf')
      expect(withSharedHeadmatter({ aula: 2, download: false }).download).toBe(false)
      delete process.env.DD_PDF_BASE
      expect(withSharedHeadmatter({ aula: 2 }).download).toBe(false)
    }
    finally {
      if (saved === undefined) delete process.env.DD_PDF_BASE
      else process.env.DD_PDF_BASE = saved
    }
  })
})
