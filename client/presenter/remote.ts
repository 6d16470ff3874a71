// The phone remote's steps as pure rules: "Próximo" shows the next click of the slide, or the next
// slide from its first click; "Anterior" the click before, or the slide before at its last click.
/** A slide and how many of its clicks are shown (the room's `page` and `clicks`). */
export interface Position { page: number, clicks: number }

export interface DeckShape {
  /** Number of slides. */
  total: number
  /** Click steps of slide `no`, when known (the remote renders the slides it moves through). */
  clicksOf: (no: number) => number | undefined
}

export function nextPosition(at: Position, deck: DeckShape): Position {
  const clicks = deck.clicksOf(at.page) ?? 0
  if (at.clicks < clicks) return { page: at.page, clicks: at.clicks + 1 }
  if (at.page < deck.total) return { page: at.page + 1, clicks: 0 }
  return { ...at }
}

export function previousPosition(at: Position, deck: DeckShape): Position {
  if (at.clicks > 0) return { page: at.page, clicks: Math.min(at.clicks - 1, deck.clicksOf(at.page) ?? at.clicks - 1) }
  if (at.page > 1) return { page: at.page - 1, clicks: deck.clicksOf(at.page - 1) ?? 0 }
  return { ...at }
}

export const isFirst = (at: Position) => at.page <= 1 && at.clicks <= 0
export const isLast = (at: Position, deck: DeckShape) => at.page >= deck.total && at.clicks >= (deck.clicksOf(at.page) ?? 0)
