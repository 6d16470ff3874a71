// Every ```mermaid block must parse with Mermaid's own parser: a typo otherwise becomes an empty
// box (or a red error) in front of the class.
import { findFences } from '#scripts/lint/markdown'
import { parseMermaid } from '#scripts/lint/mermaid-parse'
import type { DeckView, Problem } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

/** What to look at on the failing line. */
function hint(line: string): string {
  if (/[[({][^\])}"]*[(:;][^\])}"]*[\])}]/.test(line)) return 'rótulos com parênteses, dois-pontos ou ponto e vírgula vão entre aspas duplas: A["texto (x)"]'
  return 'confira setas, colchetes e o tipo do diagrama nesta linha'
}

export async function checkMermaid(deck: DeckView): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    const lines = slide.fileLines.slice(slide.contentStart, slide.end)
    for (const fence of findFences(lines).filter(f => f.lang === 'mermaid')) {
      const open = slide.contentStart + fence.open
      if (!fence.closed) {
        problems.push(slideProblem(deck, slide, open, 'bloco ```mermaid sem ``` de fechamento'))
        continue
      }
      const code = lines.slice(fence.open + 1, fence.close).join('\n')
      if (!code.trim()) {
        problems.push(slideProblem(deck, slide, open, 'diagrama Mermaid vazio'))
        continue
      }
      const error = await parseMermaid(code)
      if (!error) continue
      const line = Math.min(open + error.line, slide.contentStart + fence.close - 1)
      problems.push(slideProblem(deck, slide, line, `erro de sintaxe no diagrama Mermaid: ${error.detail} — ${hint(slide.fileLines[line] ?? '')}`))
    }
  }
  return problems
}
