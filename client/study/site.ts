// Where the course site lives, seen from a page: every study script is served from `${base}study/`,
// so the site's base comes from the script's own URL (works under BASE=/x/ with nothing to configure).

export function siteBase(scriptUrl: string = import.meta.url): string {
  return new URL('../', scriptUrl).pathname
}

/** The live server marks every page it serves (see server/html.ts): students follow the lecturer. */
export function isLive(doc: Document = document): boolean {
  return doc.querySelector('meta[name="dd-live"]')?.getAttribute('content') === '1'
}

/** `aula-3` when the page is inside a deck (`${base}aula-3/…`), else undefined. */
export function currentDeck(base: string, pathname: string = location.pathname): string | undefined {
  if (!pathname.startsWith(base)) return undefined
  return /^(aula-\d+)(?:\/|$)/.exec(pathname.slice(base.length))?.[1]
}

export const INDEX_PATH = 'busca/indice.json'
