// Unknown components and layouts render nothing (or the default layout) without an error in
// the build: every tag must be an HTML/SVG element, a Vue/Slidev built-in, a component in
// components/ or an installed icon; every layout must exist in the theme, Slidev or layouts/.
import { projectPath } from '#scripts/lint/deck-view'
import { renderedOf } from '#scripts/lint/markdown'
import { closest, isKnownTag, pascalCase, registry } from '#scripts/lint/registry'
import type { DeckView, Problem, SlideView } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

/** Where the slide's `layout:` is written: its own frontmatter, or the `src:` importer's. */
function layoutSource(slide: SlideView): { file: string, line: number } {
  const own = slide.fileLines.slice(slide.start, slide.contentStart).findIndex(l => /^layout\s*:/.test(l))
  if (own >= 0) return { file: slide.file, line: slide.start + own }
  for (const importer of [...(slide.info.importChain ?? [])].reverse()) {
    const index = importer.raw.split(/\r?\n/).findIndex(l => /^layout\s*:/.test(l))
    if (index >= 0) return { file: projectPath(importer.filepath), line: importer.start + index }
  }
  return { file: slide.file, line: slide.start }
}

/** Tags used in one line of rendered Markdown: `<Tag`, and MDC blocks `::tag`. */
export function tagsIn(line: string): string[] {
  return [
    ...Array.from(line.matchAll(/<([A-Za-z][\w.:-]*)/g), m => m[1]).filter(tag => !tag.endsWith(':')), // not autolinks <https://…>
    ...Array.from(line.matchAll(/^\s*::+([A-Za-z][\w-]*)/g), m => m[1]),
  ]
}

export function checkComponents(deck: DeckView): Problem[] {
  const reg = registry()
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    renderedOf(slide.fileLines.slice(slide.contentStart, slide.end)).forEach((line, i) => {
      for (const tag of tagsIn(line)) {
        if (isKnownTag(tag, reg)) continue
        const guess = closest(pascalCase(tag), reg.components.keys())
        problems.push(slideProblem(deck, slide, slide.contentStart + i, `componente <${tag}> desconhecido: não está em components/ nem entre os do Slidev e do Vue.${guess ? ` Você quis dizer <${guess}>?` : ''}`))
      }
    })

    if (!reg.layouts.has(slide.layout)) {
      const where = layoutSource(slide)
      const guess = closest(slide.layout, reg.layouts.keys())
      const problem = slideProblem(deck, slide, where.line, `layout "${slide.layout}" não existe.${guess ? ` Você quis dizer "${guess}"?` : ''} Disponíveis: ${[...reg.layouts.keys()].sort().join(', ')}`)
      problems.push({ ...problem, file: where.file })
    }
  }
  return problems
}
