// Serves the built dist/ by role: students get each deck's notes-free build, the presenter's
// session the build with notes; deep links answer with the deck's index.html; every HTML document
// carries the dd-live meta. Other files go through the shared dist handler of `npm run preview`
// (scripts/site/dist-handler.ts: the build's precompressed .br/.gz, immutable hashed assets).
import { existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, normalize, posix, sep } from 'node:path'
import { createDistHandler, type DistHandler } from '#scripts/site/dist-handler'
import { isPresenterOnly, type DistLayout } from './dist'
import { sendHtml } from './html'
import { INDEX_PATH } from '#client/study/site'

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

export interface SiteOptions {
  dist: DistLayout
  /** Whether the request carries a valid presenter session. */
  isPresenter: (req: IncomingMessage) => Promise<boolean>
}

/** The file `urlPath` names inside `root`, or undefined when it leaves root or is not a file. */
function fileInside(root: string, urlPath: string): string | undefined {
  const file = normalize(join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath))
  if (file !== root && !file.startsWith(root + sep)) return undefined
  try {
    return statSync(file).isFile() ? file : undefined
  }
  catch {
    return undefined
  }
}

/** Sends someone without the presenter's session to the login, keeping where they wanted to go. */
export function redirectToLogin(res: ServerResponse, url: URL): void {
  res.writeHead(303, { 'location': `/entrar?voltar=${encodeURIComponent(url.pathname + url.search)}`, 'cache-control': 'no-store' }).end()
}

/** The question catalog (with the answers) and its precompressed copies: served to nobody. */
const NEVER_SERVED = /^\/perguntas\.json(\.br|\.gz)?$/

const looksLikeFile = (urlPath: string) => /\.[a-z0-9]+$/i.test(urlPath.split('/').at(-1) ?? '')

export function createSiteHandler({ dist, isPresenter }: SiteOptions): RequestHandler {
  // One handler per folder served: dist/ itself and each deck build (the presenter's and the students').
  const handlers = new Map<string, DistHandler>()
  const filesOf = (root: string) => {
    let handler = handlers.get(root)
    if (!handler) handlers.set(root, handler = createDistHandler(root))
    return handler
  }
  const decks = new Map(dist.decks.map(d => [d.id, d]))
  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = join(dist.root, '404.html')
    if (existsSync(page)) await sendHtml(req, res, page, 404)
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Página não encontrada')
  }

  /** One file of `root` for `urlPath`; `spaIndex` answers paths that are not files (deep links). */
  async function serve(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string, rawPath: string, search: string, spaIndex: boolean) {
    const file = fileInside(root, urlPath)
    if (file?.endsWith('.html')) return sendHtml(req, res, file)
    if (file) {
      req.url = rawPath + search
      filesOf(root)(req, res, () => void notFound(req, res))
      return
    }
    if (spaIndex && !looksLikeFile(urlPath) && existsSync(join(root, 'index.html'))) return sendHtml(req, res, join(root, 'index.html'))
    return notFound(req, res)
  }

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    }
    catch {
      res.writeHead(400).end()
      return
    }
    if (pathname.includes('\0')) {
      res.writeHead(400).end()
      return
    }
    const presenter = await isPresenter(req)
    if (isPresenterOnly(pathname) && !presenter) return redirectToLogin(res, url)
    if (NEVER_SERVED.test(posix.normalize(pathname))) return notFound(req, res)
    const [, deckId, rest] = /^\/([^/]+)(\/.*)?$/.exec(pathname) ?? []
    const deck = deckId ? decks.get(deckId) : undefined
    if (deck && rest === undefined) {
      res.writeHead(301, { location: `/${deck.id}/${url.search}` }).end()
      return
    }
    if (deck) return serve(req, res, presenter ? deck.presenterDir : deck.studentDir, rest!, url.pathname.slice(deck.id.length + 1), url.search, true)
    // The course search index of the build with notes indexes them: students get alunos/'s, notes-free —
    // the whole folder, so its precompressed copies (indice.json.br, .gz) come from there too.
    const studentsIndex = join(dist.root, 'alunos')
    if (!presenter && pathname.startsWith(`/${posix.dirname(INDEX_PATH)}/`) && existsSync(join(studentsIndex, INDEX_PATH)))
      return serve(req, res, studentsIndex, pathname, url.pathname, url.search, false)
    return serve(req, res, dist.root, pathname, url.pathname, url.search, false)
  }
}
