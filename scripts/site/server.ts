// A static server for dist/ that behaves like a static host: assets as files, and each deck's
// SPA answering its deep links (/aula-3/7, /aula-3/presenter/7) with its own index.html.
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import type { AddressInfo } from 'node:net'

export interface SiteServerOptions {
  root: string
  base: string
  deckIds: string[]
}

export function createSiteServer({ root, base, deckIds }: SiteServerOptions): Server {
  // sirv indexes a folder when created: create each handler on its first request, so the build can
  // serve a deck as soon as that deck is built, while others are still being built.
  const lazy = <T>(make: () => T) => {
    let made: T | undefined
    return () => (made ??= make())
  }
  const assets = lazy(() => sirv(root, { dev: false, etag: true, gzip: true, brotli: true }))
  const spas = new Map(deckIds.map(id => [id, lazy(() => sirv(join(root, id), { single: true, etag: true }))]))
  const notFound = (res: import('node:http').ServerResponse) => res.writeHead(404).end('Não encontrado')

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(base)) {
      res.writeHead(302, { location: base }).end()
      return
    }
    const rest = url.pathname.slice(base.length)
    const deckId = rest.split('/')[0]
    const spa = spas.get(deckId)?.()
    if (spa && rest === deckId) {
      res.writeHead(301, { location: `${base}${deckId}/${url.search}` }).end()
      return
    }
    req.url = spa ? `/${rest.slice(deckId.length + 1)}${url.search}` : `/${rest}${url.search}`
    ;(spa ?? assets())(req, res, () => { notFound(res) })
  })
}

/** Starts the server on a free loopback port (or the one given); resolves with its URL. */
export async function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`
}
