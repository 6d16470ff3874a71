// The web app manifest's icons, drawn by Chromium from the course's SVG mark (public/favicon.svg):
// 192 and 512 px, and a maskable 512 px with the safe-zone padding in the mark's colour.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { palettes } from '#client/palette'
import { projectRoot } from './decks'

export const faviconFile = join(projectRoot, 'public/favicon.svg')

/** The favicon at the site root too, for the landing page, the 404 page and the login page. */
export function copyFavicon(siteDir: string): void {
  copyFileSync(faviconFile, join(siteDir, 'favicon.svg'))
}

export async function writeIcons(browser: Browser, siteDir: string): Promise<void> {
  const svg = readFileSync(faviconFile, 'utf8').trim()
  const dir = join(siteDir, 'icons')
  mkdirSync(dir, { recursive: true })
  const context = await browser.newContext({ deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    const draw = async (size: number, padding: number, file: string) => {
      await page.setViewportSize({ width: size, height: size })
      const inner = size - 2 * padding
      await page.setContent(`<body style="margin:0;background:${padding ? palettes.light.primary : 'transparent'}">`
        + `<div style="width:${inner}px;height:${inner}px;margin:${padding}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`)
      writeFileSync(join(dir, file), await page.screenshot({ type: 'png', omitBackground: !padding }))
    }
    await draw(192, 0, 'icon-192.png')
    await draw(512, 0, 'icon-512.png')
    await draw(512, 64, 'icon-512-maskable.png')
  }
  finally {
    await context.close()
  }
}
