// A place in a deck: the slide (`page`, from 1) and how many of its clicks are shown.
// The clamp: a student may be anywhere up to the lecturer's place, never past it.

export interface Position {
  page: number
  clicks: number
}

/** Negative when `a` comes before `b`, 0 when they are the same place, positive after. */
export function comparePositions(a: Position, b: Position): number {
  return a.page !== b.page ? a.page - b.page : a.clicks - b.clicks
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return !!a && !!b && comparePositions(a, b) === 0
}

/**
 * Where a student asking for `requested` may go with the lecturer at `lecturer`: any click of an
 * earlier slide, the lecturer's slide up to the lecturer's click, nothing later.
 */
export function clampToLecturer(requested: Position, lecturer: Position): Position {
  if (requested.page > lecturer.page) return { ...lecturer }
  if (requested.page === lecturer.page && requested.clicks > lecturer.clicks) return { ...lecturer }
  return { ...requested }
}

/**
 * The position a play/presenter route shows: the `:no` param and the `?clicks=` query, read the
 * way Slidev reads them (a missing or non-numeric `clicks` is 0). Undefined when `no` is not a slide number.
 */
export function positionFromRoute(no: unknown, clicks: unknown): Position | undefined {
  const page = Number(Array.isArray(no) ? no[0] : no)
  if (!Number.isInteger(page) || page < 1) return undefined
  const raw = Number(Array.isArray(clicks) ? clicks[0] : (clicks ?? 0))
  return { page, clicks: Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0 }
}
