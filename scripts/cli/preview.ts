// `npm run preview [-- --host] [-- --port N]`: serves dist/ like a static host: deep links, and the
// build's precompressed .br/.gz files (scripts/site/dist-handler.ts).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { distDir, siteBase } from '#scripts/site/paths'
import { createSiteServer, listen } from '#scripts/site/server'

const args = process.argv.slice(2)
const host = args.includes('--host') ? '0.0.0.0' : '127.0.0.1'
const portArg = args.indexOf('--port')
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 4173)

if (!existsSync(join(distDir, 'index.html'))) {
  console.error('dist/ não existe: rode `npm run build` primeiro.')
  process.exit(1)
}

const base = siteBase()
const url = await listen(createSiteServer(distDir, { base }), port, host)
console.log(`Servindo dist/ em ${url}${base}`)
