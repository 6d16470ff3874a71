// Serves a built dist/ the way a static host does, for `npm run preview`, the build's own exports and
// `npm run live`: files as they are, the precompressed .br/.gz copies the build wrote (scripts/site/
// compress.ts) to clients that accept them, and each deck's deep links (/aula-3/7,
// /aula-3/presenter/7) answered with that deck's index.html.
import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import sirv, { type RequestHandler } from 'sirv'

export interface DistHandlerOptions {
  /** The URL prefix dir is served under (`/`, or `/x/` for BASE=/x/). Default `/`. */
  base?: string
}

export type DistHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void

/** Vite names built assets by content hash: a changed file gets a new name, so they never go stale. */
const HASHED = /\/assets\/[^/]+-[\w-]{8,}\.\w+$/

/**
 * A request handler for the site in `dir` served under `options.base`. Each top-level folder with an
 * index.html is a deck (an SPA). What it cannot serve it passes to `next` when given; without `next`,
 * a path outside `base` is redirected to `base` and anything else gets a 404.
 */
export function createDistHandler(dir: string, { base = '/' }: DistHandlerOptions = {}): DistHandler {
  const options = {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res: ServerResponse, pathname: string) => {
      if (HASHED.test(pathname)) res.setHeader('Cache-Control', 'public,max-age=31536000,immutable')
    },
  }
  // sirv lists a folder's files when created: create each handler on its first request, so the build
  // can serve a deck as soon as that deck is built, while the others are still being built.
  let site: RequestHandler | undefined
  const decks = new Map<string, RequestHandler>()
  const deckHandler = (id: string) => {
    if (!decks.has(id) && id && existsSync(join(dir, id, 'index.html'))) decks.set(id, sirv(join(dir, id), { ...options, single: true }))
    return decks.get(id)
  }

  return (req, res, next) => {
    const notFound = next ?? (() => res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Não encontrado'))
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(base)) {
      if (next) next()
      else res.writeHead(302, { location: base }).end()
      return
    }
    const rest = url.pathname.slice(base.length)
    const deckId = rest.split('/')[0]
    const deck = deckHandler(deckId)
    if (deck && rest === deckId) {
      res.writeHead(301, { location: `${base}${deckId}/${url.search}` }).end()
      return
    }
    const original = req.url
    req.url = deck ? `/${rest.slice(deckId.length + 1)}${url.search}` : `/${rest}${url.search}`
    ;(deck ?? (site ??= sirv(dir, options)))(req, res, () => {
      req.url = original
      notFound()
    })
  }
}
