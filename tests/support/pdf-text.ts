// What the tests read back from the built PDFs: page size, text per page, the page each named
// destination (an `id` a link points to) lands on, with pdfjs-dist; poppler's `pdffonts` and
// `pdftotext` when present.
import { execFileSync } from 'node:child_process'
import { withPdf } from '#scripts/export/pdf-text'

/** Width and height of every page, in points. */
export async function pdfPageSizes(pdf: Uint8Array): Promise<Array<{ width: number, height: number }>> {
  return withPdf(pdf, async (doc) => {
    const sizes = []
    for (let n = 1; n <= doc.numPages; n++) {
      const { width, height } = (await doc.getPage(n)).getViewport({ scale: 1 })
      sizes.push({ width, height })
    }
    return sizes
  })
}

export interface TextOptions {
  /** Leave out text this many points from the top / bottom edge (a page's header and footer). */
  skipTop?: number
  skipBottom?: number
}

/** The text of every page, in page order (items joined by spaces). */
export async function pdfPagesText(pdf: Uint8Array, { skipTop = 0, skipBottom = 0 }: TextOptions = {}): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const pages: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const height = page.getViewport({ scale: 1 }).height
      const content = await page.getTextContent()
      pages.push(content.items
        .filter(item => 'str' in item && item.transform[5] >= skipBottom && item.transform[5] <= height - skipTop)
        .map(item => ('str' in item ? item.str : ''))
        .join(' '))
    }
    return pages
  })
}


/**
 * Text for "is this in that" checks: compatibility-normalised (ligatures split), lower case, every
 * space removed — PDF text comes back with letter-spaced words split and lines joined anyhow.
 */
export function searchable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, '')
}

export interface PdfFont {
  name: string
  type: string
  embedded: boolean
}

/** Fonts of a PDF file as poppler's `pdffonts` lists them; null when poppler is not installed. */
export function pdfFonts(file: string): PdfFont[] | null {
  let out: string
  try {
    out = execFileSync('pdffonts', [file], { encoding: 'utf8' })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  // name, type (may hold spaces), encoding, emb, sub, uni, object ID: read the fixed tail from the right.
  return out.split('\n').slice(2).filter(line => line.trim()).map((line) => {
    const parts = line.trim().split(/\s+/)
    const [emb] = parts.slice(-5)
    return { name: parts[0], type: parts.slice(1, -6).join(' '), embedded: emb === 'yes' }
  })
}

/**
 * Text of every page as poppler's `pdftotext` reads it (what most PDF readers copy out), or null when
 * poppler is not installed. pdfjs garbles some ligature glyphs (JetBrains Mono's `//`); poppler does not.
 */
export function pdfPagesTextPoppler(file: string): string[] | null {
  try {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return text.split('\f').slice(0, -1)
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
