// Which slide of a deck has click steps: tests that need one read it from the deck, since the
// content moves under them.
import { countClicks } from '#scripts/lint/click-count'
import { buildDeckView } from '#scripts/lint/deck-view'

/** The 1-based number of the deck's first slide with at least one click step (0 if none). */
export async function firstSlideWithClicks(deckFile: string): Promise<number> {
  const view = await buildDeckView(deckFile)
  return view.slides.findIndex(slide =>
    countClicks(slide.fileLines.slice(slide.contentStart, slide.end).join('\n'), slide.info.frontmatter).total > 0) + 1
}
