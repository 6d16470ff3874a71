// The benchmark's static host: like a real one (GitHub Pages, Netlify) it compresses text with
// gzip on the fly and answers a deck's deep links with its index.html. The e2e server does not
// compress; throttled timings without compression would measure the wrong thing.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg'])

/** Serves `root` at `/`; a path under `/<deck>/` that is no file gets `/<deck>/index.html`. */
export function createBenchServer(root: string, deckIds: string[]): Server {
  const gzipped = new Map<string, Buffer>()
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      const deck = path.split('/')[1]
      if (!deckIds.includes(deck)) return void res.writeHead(404).end('Não encontrado')
      file = join(root, deck, 'index.html')
    }
    const ext = extname(file)
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' }
    let body: Buffer = readFileSync(file)
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      let zipped = gzipped.get(file)
      if (!zipped) gzipped.set(file, zipped = gzipSync(body))
      body = zipped
      headers['content-encoding'] = 'gzip'
    }
    headers['content-length'] = String(body.length)
    res.writeHead(200, headers).end(body)
  })
}
