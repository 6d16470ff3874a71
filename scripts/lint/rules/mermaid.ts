// Every ```mermaid block must render with the course's Mermaid (the same renderer and cache the
// build uses, scripts/mermaid/diagrams.ts): a typo otherwise becomes an empty box (or a red error)
// in front of the class, and the build would stop on it later.
import { courseDiagrams, type Diagrams } from '#scripts/mermaid/diagrams'
import { findFences } from '#scripts/mermaid/fences'
import { MermaidSyntaxError } from '#scripts/mermaid/render'
import type { DeckView, Problem } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

export interface MermaidError {
  /** 1-based line inside the diagram. */
  line: number
  /** Mermaid's own explanation, on one line. */
  detail: string
}

let diagrams: Diagrams | undefined

/** Undefined when the diagram renders; else where and why Mermaid rejects it. */
export async function diagramError(code: string): Promise<MermaidError | undefined> {
  diagrams ??= courseDiagrams()
  try {
    await diagrams.render(code)
    return undefined
  }
  catch (error) {
    if (!(error instanceof MermaidSyntaxError)) throw error
    return { line: error.line ?? 1, detail: summarise(error.message) }
  }
}

/** Mermaid's multi-line message (with an ASCII caret) as one readable line. */
function summarise(message: string): string {
  const expecting = /Expecting (.+?), got '([^']+)'/s.exec(message)
  if (expecting) {
    const tokens = expecting[1].split(/,\s*/)
    const shown = tokens.slice(0, 5).join(', ') + (tokens.length > 5 ? ' (…)' : '')
    return `encontrou ${expecting[2]} onde esperava ${shown}`
  }
  return message.replace(/^Parsing failed:\s*/, '').replace(/\s*\n\s*/g, ' ').trim()
}

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
      if (!fence.code.trim()) {
        problems.push(slideProblem(deck, slide, open, 'diagrama Mermaid vazio'))
        continue
      }
      const error = await diagramError(fence.code)
      if (!error) continue
      const line = Math.min(open + error.line, slide.contentStart + fence.close - 1)
      problems.push(slideProblem(deck, slide, line, `erro de sintaxe no diagrama Mermaid: ${error.detail} — ${hint(slide.fileLines[line] ?? '')}`))
    }
  }
  return problems
}
