import { describe, expect, it } from 'vitest'
import { printViewUrl } from '#scripts/export/slides-pdf'
import { pdfDestinationPages, pdfPageCount } from '#scripts/export/pdf-text'
import { pdfPageSizes, pdfPagesText, searchable } from '../../support/pdf-text'

/** A small valid PDF: one A6 page per text, page 2 the target of the named destination "alvo". */
function tinyPdf(texts: string[]): Uint8Array {
  const objects: string[] = []
  const pageIds = texts.map((_, i) => 4 + i * 2)
  objects[1] = '<< /Type /Catalog /Pages 2 0 R /Names << /Dests << /Names [(alvo) [6 0 R /Fit]] >> >> >>'
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map(id => `${id} 0 R`).join(' ')}] /Count ${texts.length} >>`
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  texts.forEach((text, i) => {
    const stream = `BT /F1 12 Tf 20 ${400 - 20} Td (${text}) Tj ET`
    objects[pageIds[i]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`
    objects[pageIds[i] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
  })
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`
  }
  const xref = body.length
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map(o => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(body)
}

describe('reading PDFs back', () => {
  const pdf = tinyPdf(['Primeira pagina', 'Segunda pagina'])

  it('counts pages, reads their size and text', async () => {
    expect(await pdfPageCount(pdf)).toBe(2)
    expect(await pdfPageSizes(pdf)).toEqual([{ width: 298, height: 420 }, { width: 298, height: 420 }])
    expect(await pdfPagesText(pdf)).toEqual(['Primeira pagina', 'Segunda pagina'])
  })

  it('leaves out text in the top or bottom margin when asked', async () => {
    // The text sits 40 pt below the top edge.
    expect(await pdfPagesText(pdf, { skipTop: 45 })).toEqual(['', ''])
    expect(await pdfPagesText(pdf, { skipTop: 35 })).toEqual(['Primeira pagina', 'Segunda pagina'])
    expect(await pdfPagesText(pdf, { skipBottom: 385 })).toEqual(['', ''])
  })

  it('finds the page of a named destination', async () => {
    expect(await pdfDestinationPages(pdf, ['alvo', 'outro'])).toEqual(new Map([['alvo', 2]]))
  })
})

describe('searchable', () => {
  it('ignores case, spaces (letter-spaced words too) and ligatures', () => {
    expect(searchable('D E S C O M P L I CA N D O\no  Docker')).toBe('descomplicandoodocker')
    expect(searchable('ﬁ')).toBe('fi')
    expect(searchable('Contêiner')).toBe('contêiner')
  })
})

describe('printViewUrl', () => {
  it('is the deck\'s print route in print mode', () => {
    expect(printViewUrl('http://h/curso/aula-2/')).toBe('http://h/curso/aula-2/print?print=true')
  })
})
