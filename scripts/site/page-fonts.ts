// The self-hosted Inter of the standalone pages (landing page, 404): the same @fontsource files the
// decks ship, copied into the site's fonts/ folder.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The Inter files the page uses, copied into `fonts/` (the same @fontsource files the decks ship). */
export const PAGE_FONT_WEIGHTS = ['400', '600', '700'] as const
const fontFile = (weight: string) => `inter-latin-${weight}-normal.woff2`

const require = createRequire(import.meta.url)

export function copyPageFonts(siteDir: string): void {
  mkdirSync(join(siteDir, 'fonts'), { recursive: true })
  for (const weight of PAGE_FONT_WEIGHTS) {
    const file = fontFile(weight)
    copyFileSync(require.resolve(`@fontsource/inter/files/${file}`), join(siteDir, 'fonts', file))
  }
}

/** @font-face rules for the copied Inter files, under the site base. */
export function fontFaces(base: string): string {
  return PAGE_FONT_WEIGHTS.map(weight =>
    `@font-face{font-family:'Inter';font-style:normal;font-display:swap;font-weight:${weight};src:url(${base}fonts/${fontFile(weight)}) format('woff2')}`,
  ).join('\n')
}
