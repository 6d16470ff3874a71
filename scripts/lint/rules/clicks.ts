// `[click]` markers in the notes must match the slide's click steps, so the presenter view
// highlights the right sentence at each click.
import { countClicks, countNoteClicks } from '#scripts/lint/click-count'
import type { DeckView, Problem } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

/** `v-click, v-click, <v-clicks> ×3` → `v-click ×2, <v-clicks> ×3`. */
function summarise(sources: string[]): string {
  const counts = new Map<string, number>()
  for (const source of sources) counts.set(source, (counts.get(source) ?? 0) + 1)
  return [...counts].map(([source, n]) => (n > 1 ? `${source} ×${n}` : source)).join(', ')
}

export function checkClicks(deck: DeckView): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const content = slide.fileLines.slice(slide.contentStart, slide.end).join('\n')
    const clicks = countClicks(content, slide.info.frontmatter)
    // Declared once: a step figure registers its clicks, so the slide must not say them again.
    if (clicks.from === 'frontmatter' && clicks.figures.length) {
      problems.push(slideProblem(deck, slide, slide.start, `${clicks.figures.map(f => `<${f}>`).join(', ')} já registra os próprios cliques: retire "clicks: ${slide.info.frontmatter.clicks}" do frontmatter`))
      continue
    }
    if (slide.note === undefined) continue
    if (clicks.unknown.length) {
      problems.push(slideProblem(deck, slide, slide.noteLine, `não consigo contar os cliques de ${clicks.unknown.join(', ')}: use um número (v-click="2", at="+1") ou declare "clicks: N" no frontmatter do slide`))
      continue
    }
    const marked = countNoteClicks(slide.note)
    if (marked === clicks.total) continue
    const source = summarise(clicks.sources)
    const message = clicks.total === 0
      ? `as notas marcam ${marked} clique(s) com [click], mas o slide não tem cliques: retire os marcadores ou acrescente os passos (v-click)`
      : marked < clicks.total
        ? `o slide tem ${clicks.total} clique(s) (${source}), mas as notas marcam ${marked}: ponha um [click] nas notas antes do que dizer em cada clique`
        : `as notas marcam ${marked} clique(s) com [click], mas o slide só tem ${clicks.total} (${source}): retire os marcadores a mais ou acrescente os cliques`
    problems.push(slideProblem(deck, slide, slide.noteLine, message))
  }
  return problems
}
