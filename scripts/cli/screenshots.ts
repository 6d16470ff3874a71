// `npm run screenshots -- [aula-N] [--dark] [--out DIR]`: PNGs of every slide of the built site, to
// look at what the decks show (at the last click of each slide). Needs `npm run build` first.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { listDecks } from '#scripts/site/decks'
import { distDir, siteBase } from '#scripts/site/paths'
import { createSiteServer, listen } from '#scripts/site/server'
import { launchChromium } from '#scripts/util/browser'
import { cliArgs } from '#scripts/util/cli-args'

const { values, positionals } = cliArgs('npm run screenshots -- [aula-N] [--dark] [--out DIR]', {
  allowPositionals: true,
  options: { dark: { type: 'boolean', default: false }, out: { type: 'string' } },
})
const { dark } = values
const outDir = values.out ?? join(distDir(), '..', '.screenshots')
const only = positionals.find(a => a.startsWith('aula-'))

const base = siteBase()
const decks = (await listDecks()).filter(d => !only || d.id === only)
const server = createSiteServer(distDir(), { base })
const origin = await listen(server)
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: 980, height: 552 }, colorScheme: dark ? 'dark' : 'light' })
mkdirSync(outDir, { recursive: true })

for (const deck of decks) {
  for (let n = 1; n <= deck.slideCount; n++) {
    await page.goto(`${origin}${base}${deck.id}/${n}?clicks=99`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(300)
    const file = join(outDir, `${deck.id}-${String(n).padStart(2, '0')}${dark ? '-dark' : ''}.png`)
    await page.screenshot({ path: file })
    console.log(file)
  }
}
await browser.close()
server.close()
