// The apostilas, read back as a student prints them: A4 portrait, course and aula in every header,
// "Página i de n" in every footer, a contents list whose links land on each slide's page, and every
// speaker note of the deck — click markers shown as "clique N", never as raw `[click]`.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { course } from '#course'
import { slideAnchor } from '#scripts/export/apostila-page'
import { listDecks } from '#scripts/site/decks'
import { deckNotes, renderNote } from '#scripts/export/notes'
import { pdfDestinationPages } from '#scripts/export/pdf-text'
import { pdfFonts, pdfPageSizes, pdfPagesText, searchable } from '../support/pdf-text'
import { distDir } from '#scripts/site/paths'

const decks = await listDecks()
const MM = 72 / 25.4
const file = (id: string) => join(distDir(), 'pdf', `${id}-apostila.pdf`)

/** The words a reader sees of a note: its Markdown rendered, tags dropped, entities decoded. */
function noteWords(note: string): string[] {
  const text = renderNote(note).replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return text.split(/\s+/).filter(Boolean)
}

describe.each(decks.map(deck => [deck.id, deck] as const))('%s-apostila.pdf', (id, deck) => {
  it('is A4 portrait', async () => {
    const sizes = await pdfPageSizes(readFileSync(file(id)))
    expect(sizes.length).toBeGreaterThan(1)
    for (const { width, height } of sizes) {
      expect(width).toBeCloseTo(210 * MM, 0)
      expect(height).toBeCloseTo(297 * MM, 0)
    }
  })

  it('has the course and the aula in every header and "Página i de n" in every footer', async () => {
    const pdf = readFileSync(file(id))
    // Only the top margin (18 mm), then only the bottom one (16 mm): see @page in apostila.ts.
    const headers = (await pdfPagesText(pdf, { skipBottom: (297 - 18) * MM })).map(searchable)
    const footers = (await pdfPagesText(pdf, { skipTop: (297 - 16) * MM })).map(searchable)
    headers.forEach((header, i) => {
      expect(header, `página ${i + 1}`).toContain(searchable(course.name))
      expect(header, `página ${i + 1}`).toContain(searchable(`Aula ${deck.number}: ${deck.title}`))
      expect(footers[i], `página ${i + 1}`).toBe(searchable(`Página ${i + 1} de ${headers.length}`))
    })
  })

  it('holds every note of the deck, with click markers shown as steps', async () => {
    const notes = await deckNotes(deck.file)
    expect(notes.length).toBe(deck.slideCount)
    // Body text only, so a note that crosses a page break reads on without the header/footer between.
    const body = searchable((await pdfPagesText(readFileSync(file(id)), { skipTop: 18 * MM, skipBottom: 16 * MM })).join(' '))
    for (const { no, note } of notes) {
      expect(note, `${id} slide ${no} sem notas`).not.toBe('')
      const words = noteWords(note)
      if (!body.includes(searchable(words.join(' ')))) {
        // Name the first sentence missing, rather than print the whole apostila.
        const sentences = words.join(' ').split(/(?<=[.!?:;])\s+/)
        const missing = sentences.find(sentence => !body.includes(searchable(sentence))) ?? words.join(' ')
        expect.fail(`${id} slide ${no}: a apostila não traz este trecho da nota: "${missing}"`)
      }
    }
    expect(body).not.toContain('[click')
    if (notes.some(n => /\[click/i.test(n.note))) expect(body).toContain(searchable('clique 1'))
  })

  it('lists every slide in its contents, each link landing on the page that shows that slide', async () => {
    const pdf = readFileSync(file(id))
    const notes = await deckNotes(deck.file)
    const pages = (await pdfPagesText(pdf)).map(searchable)
    expect(pages[0]).toContain(searchable('Sumário'))
    const destinations = await pdfDestinationPages(pdf, notes.map(n => slideAnchor(n.no)))
    for (const { no, title } of notes) {
      const page = destinations.get(slideAnchor(no))
      expect(page, `${id}: sumário sem link para o slide ${no}`).toBeGreaterThan(1)
      expect(pages[page! - 1], `${id}: página ${page} não mostra o slide ${no}`).toContain(searchable(`Slide ${no}`))
      if (title) expect(pages[0] + pages[1], `${id}: título do slide ${no} no sumário`).toContain(searchable(title))
    }
  })

  it('prints in the contents the page each slide is on', async ({ skip }) => {
    const notes = await deckNotes(deck.file)
    const destinations = await pdfDestinationPages(readFileSync(file(id)), notes.map(n => slideAnchor(n.no)))
    let layout: string
    try {
      layout = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '2', file(id), '-'], { encoding: 'utf8' })
    }
    catch {
      return skip('poppler (pdftotext) não instalado')
    }
    // Contents lines read "<slide>  <title> ... <page>".
    const printed = new Map<number, number>()
    for (const line of layout.slice(layout.indexOf('Sumário')).split('\n')) {
      const m = /^\s*(\d+)\s+\S.*?\s(\d+)\s*$/.exec(line)
      if (m && !printed.has(Number(m[1]))) printed.set(Number(m[1]), Number(m[2]))
    }
    for (const { no } of notes) expect(printed.get(no), `${id}: página do slide ${no} no sumário`).toBe(destinations.get(slideAnchor(no)))
  })

  it('embeds its fonts', ({ skip }) => {
    const fonts = pdfFonts(file(id))
    if (!fonts) return skip('poppler (pdffonts) não instalado')
    expect(fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
    expect(fonts.some(f => /Inter/.test(f.name))).toBe(true)
  })
})
