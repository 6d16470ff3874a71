// Reading a PDF back with pdfjs-dist: the build checks each slide PDF's page count, the apostila
// where each named destination landed. (What the tests read from PDFs, text, sizes and fonts, is
// in tests/support/pdf-text.ts.)
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Opens `pdf`, runs `read` on it and frees pdfjs' resources. */
export async function withPdf<T>(pdf: Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 })
  try {
    return await read(await task.promise)
  }
  finally {
    await task.destroy()
  }
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return withPdf(pdf, async doc => doc.numPages)
}

/** 1-based page of each named destination found (Chromium names them after the link targets' ids). */
export async function pdfDestinationPages(pdf: Uint8Array, names: string[]): Promise<Map<string, number>> {
  return withPdf(pdf, async (doc) => {
    const pages = new Map<string, number>()
    for (const name of names) {
      const dest = await doc.getDestination(name)
      if (!dest || typeof dest[0] !== 'object' || dest[0] === null) continue
      pages.set(name, (await doc.getPageIndex(dest[0] as { num: number, gen: number })) + 1)
    }
    return pages
  })
}
