// Mermaid's own parser (the mermaid 12 the decks render with), run in Node on a happy-dom window:
// DOMPurify, which mermaid loads, needs a `window` when the module is first evaluated.
import { Window } from 'happy-dom'

export interface MermaidError {
  /** 1-based line inside the diagram. */
  line: number
  /** Mermaid's own explanation, on one line. */
  detail: string
}

type Mermaid = typeof import('mermaid').default
let loading: Promise<Mermaid> | undefined

function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const g = globalThis as Record<string, unknown>
    if (!g.window) {
      const window = new Window()
      g.window = window
      g.document = window.document
    }
    const mermaid = (await import('mermaid')).default
    mermaid.initialize({ startOnLoad: false })
    return mermaid
  })()
  return loading
}

/** Undefined when the diagram parses; else where and why it does not. */
export async function parseMermaid(code: string): Promise<MermaidError | undefined> {
  const mermaid = await loadMermaid()
  try {
    await mermaid.parse(code)
    return undefined
  }
  catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const line = Number(/\bon line (\d+)/i.exec(message)?.[1] ?? 1)
    return { line, detail: summarise(message) }
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
