// The web app manifest's icons, drawn by Chromium from the course's SVG mark (the favicon in
// client/course.ts): 192 and 512 px, and a maskable 512 px with the safe-zone padding.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { sharedHeadmatter } from '#course'

export async function writeIcons(browser: Browser, siteDir: string): Promise<void> {
  const svg = decodeURIComponent(String(sharedHeadmatter.favicon).replace(/^data:image\/svg\+xml,/, ''))
  const dir = join(siteDir, 'icons')
  mkdirSync(dir, { recursive: true })
  const context = await browser.newContext({ deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    const draw = async (size: number, padding: number, file: string) => {
      await page.setViewportSize({ width: size, height: size })
      const inner = size - 2 * padding
      await page.setContent(`<body style="margin:0;background:${padding ? '#0b5cad' : 'transparent'}">`
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
