// The precache plan the build writes into the service worker: the site's files in groups (the
// shell, one per aula, the PDFs), each file with a content revision. Shared by the build (which
// writes it) and the worker (which follows it); pure functions, tested in Node.

export interface PlanEntry {
  url: string
  revision: string
}

export interface PrecachePlan {
  /** The site's base path, `/` or `/x/`. */
  base: string
  /** Hash of every entry: a new build, a new worker. */
  version: string
  groups: Record<string, PlanEntry[]>
  /** Bytes of each group, as the build measured them. */
  bytes: Record<string, number>
}

export interface GroupStatus { group: string, files: number, cached: number, bytes: number }

export const SHELL = 'shell'
export const PDFS = 'pdf'
export const CACHE_PREFIX = 'dd-'

export const cacheName = (group: string) => `${CACHE_PREFIX}${group}`

/**
 * The precached URL that answers a request for `pathname`, or undefined: the file itself, a folder's
 * index.html, and for a page navigation inside an aula its SPA (deep links like `/aula-3/7`) or
 * its reader view (`/aula-3/ler/`).
 */
export function precachedPath(pathname: string, base: string, navigate: boolean, has: (path: string) => boolean): string | undefined {
  if (!pathname.startsWith(base)) return undefined
  const candidates = [pathname]
  if (pathname.endsWith('/')) candidates.push(`${pathname}index.html`)
  if (navigate) {
    const deck = /^(aula-\d+)(\/ler)?(?:\/|$)/.exec(pathname.slice(base.length))
    if (deck) candidates.push(`${base}${deck[1]}${deck[2] ?? ''}/index.html`)
    else if (pathname === base.slice(0, -1)) candidates.push(`${base}index.html`)
  }
  return candidates.find(has)
}
