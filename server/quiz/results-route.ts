// GET /__resultados/aula-N.csv and .md: a deck's results, for the presenter's session only
// (anyone else is sent to /entrar, like every presenter page). Never cached.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { redirectToLogin } from '../site'
import type { QuizStore } from '../store/store'
import type { Catalog } from './catalog'
import { deckResults, resultsCsv, resultsMarkdown } from './results'

export interface ResultsRouteOptions {
  decks: ReadonlySet<string>
  store: QuizStore
  catalog: Catalog
  isPresenter: (req: IncomingMessage) => Promise<boolean>
}

export const RESULTS_PREFIX = '/__resultados/'
const PATH = /^\/__resultados\/([a-z0-9-]{1,40})\.(csv|md)$/

/** Reads one deck's results from the store (the route and `npm run live:resultados`). */
export async function readResults(store: QuizStore, catalog: Catalog, deck: string) {
  return deckResults(catalog.questions(deck), await store.allAnswers(deck))
}

export function createResultsRoute({ decks, store, catalog, isPresenter }: ResultsRouteOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(RESULTS_PREFIX)) return false
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, { allow: 'GET, HEAD' }).end(), true
    if (!await isPresenter(req)) return redirectToLogin(res, url), true
    const match = PATH.exec(url.pathname)
    if (!match || !decks.has(match[1])) return res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Aula desconhecida'), true
    const [, deck, kind] = match
    const results = await readResults(store, catalog, deck)
    const body = kind === 'csv' ? resultsCsv(deck, results) : resultsMarkdown(deck, results)
    res.writeHead(200, {
      'content-type': kind === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
      'content-disposition': `attachment; filename="${deck}.${kind}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    }).end(req.method === 'HEAD' ? undefined : body)
    return true
  }
}
