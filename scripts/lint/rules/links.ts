// Internal links go to slides that exist: `[x](/5)`, `[x](#5)`, `<Link to="5">`, or a
// `routeAlias` declared in some slide's frontmatter.
import { renderedOf } from '#scripts/lint/markdown'
import type { DeckView, Problem } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

/** Slide targets (`5`, `#5`, `/5`, `/alias`) referenced in one line of rendered Markdown. */
export function linksIn(line: string): string[] {
  return [
    ...Array.from(line.matchAll(/(?<!!)\[[^\]]*\]\(\s*([^)\s]+)/g), m => m[1]),
    ...Array.from(line.matchAll(/<Link\b[^>]*?\bto\s*=\s*["']([^"']+)["']/gi), m => `/${m[1].replace(/^\//, '')}`),
  ].filter(target => /^(?:\/|#)/.test(target))
}

export function checkLinks(deck: DeckView): Problem[] {
  const problems: Problem[] = []
  const total = deck.slides.length
  const aliases = new Set(deck.slides.map(s => s.info.frontmatter.routeAlias).filter(Boolean).map(String))
  for (const slide of deck.slides) {
    renderedOf(slide.fileLines.slice(slide.contentStart, slide.end)).forEach((line, i) => {
      for (const target of linksIn(line)) {
        const path = target.replace(/[?].*$/, '')
        const number = /^(?:\/(?:presenter\/)?|#)(\d+)$/.exec(path)?.[1]
        let problem: string | undefined
        if (number !== undefined) {
          const n = Number(number)
          if (n < 1 || n > total) problem = `link interno ${target} aponta para o slide ${n}, mas ${deck.id} tem ${total} slides`
        }
        else if (/^\/[A-Za-z][\w-]*$/.test(path) && !aliases.has(path.slice(1))) {
          problem = `link interno ${target} não leva a nenhum slide: use o número do slide (/${Math.min(slide.no + 1, total)}) ou declare "routeAlias: ${path.slice(1)}" no slide de destino`
        }
        if (problem) problems.push(slideProblem(deck, slide, slide.contentStart + i, problem))
      }
    })
  }
  return problems
}
