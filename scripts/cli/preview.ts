// `npm run preview [-- --host] [-- --port N]`: serves dist/ like a static host: deep links, and the
// build's precompressed .br/.gz files (scripts/site/dist-handler.ts).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { distDir, siteBase } from '#scripts/site/paths'
import { createSiteServer, listen } from '#scripts/site/server'
import { cliArgs } from '#scripts/util/cli-args'

const { values } = cliArgs('npm run preview [-- --host] [--port N]', {
  options: { host: { type: 'boolean', default: false }, port: { type: 'string' } },
})
const host = values.host ? '0.0.0.0' : '127.0.0.1'
const port = Number(values.port ?? process.env.PORT ?? 4173)

if (!existsSync(join(distDir(), 'index.html'))) {
  console.error('dist/ não existe: rode `npm run build` primeiro.')
  process.exit(1)
}

const base = siteBase()
const url = await listen(createSiteServer(distDir(), { base }), port, host)
console.log(`Servindo dist/ em ${url}${base}`)
