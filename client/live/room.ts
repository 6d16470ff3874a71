// Which room a deck belongs to, and whether a live server is there at all.

/** The room of a deck = its id, the last segment of its base (`/aula-3/`, `/curso/aula-3/` → `aula-3`). */
export function roomFromBase(base: string): string | undefined {
  const id = base.split('/').filter(Boolean).at(-1)
  return id && /^[a-z0-9-]{1,40}$/.test(id) ? id : undefined
}

/** The live server marks every page it serves with `<meta name="dd-live" content="1">`; static hosts do not. */
export function hasLiveMeta(doc: Pick<Document, 'querySelector'>): boolean {
  return doc.querySelector('meta[name="dd-live"]')?.getAttribute('content') === '1'
}
