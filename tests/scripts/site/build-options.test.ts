import { describe, expect, it } from 'vitest'
import { withSharedHeadmatter } from '#course'
import { deckPdfUrl, linkDeckPdf } from '#scripts/site/deck-pdf'
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
  const options = (download: boolean | undefined, base?: string) => ({ download, base, data: { config: { download: false as boolean | string } } }) as unknown as Parameters<typeof linkDeckPdf>[0]

  it('links `slidev build --download` to the PDF the build writes beside the decks', () => {
    expect(deckPdfUrl('/curso/aula-3/')).toBe('/curso/pdf/aula-3.pdf')
    expect(deckPdfUrl('/aula-1/')).toBe('/pdf/aula-1.pdf')
    const built = options(true, '/curso/aula-3/')
    linkDeckPdf(built)
    expect(built.data.config.download).toBe('/curso/pdf/aula-3.pdf')
  })

  it('leaves it off without --download (PDF=off, the dev server)', () => {
    const dev = options(undefined, '/')
    linkDeckPdf(dev)
    expect(dev.data.config.download).toBe(false)
    expect(withSharedHeadmatter({ aula: 2 }).download).toBe(false)
  })
})
