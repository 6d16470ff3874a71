// Finds the ```mermaid fences of a slide's Markdown, following CommonMark's fence rules, so a
// Mermaid example shown inside a longer fence (````md … ````) is left alone.

export interface MermaidFence {
  /** Offset of the opening fence line's first character. */
  start: number
  /** Offset just past the closing fence line (or the end of the text when unclosed). */
  end: number
  /** 0-based line of the opening fence within the text. */
  line: number
  /** The diagram source, without the fence lines. */
  code: string
  /** What follows `mermaid` in the info string, e.g. `{scale: 0.8}`. */
  options: string
}

const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/
export const MERMAID_INFO = /^mermaid(?:\s+(.*))?$/

export function findMermaidFences(text: string): MermaidFence[] {
  const fences: MermaidFence[] = []
  const lines = text.split('\n')
  let offset = 0
  let open: { marker: string, start: number, line: number, info: string, bodyStart: number } | undefined

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const lineEnd = offset + line.length + (i < lines.length - 1 ? 1 : 0)
    if (!open) {
      const m = OPENING.exec(line.replace(/\r$/, ''))
      // Backtick fences may not have a backtick in their info string (CommonMark 4.5).
      if (m && !(m[2][0] === '`' && m[3].includes('`')))
        open = { marker: m[2], start: offset, line: i, info: m[3].trim(), bodyStart: lineEnd }
    }
    else if (isClosing(line, open.marker)) {
      pushIfMermaid(fences, open, text.slice(open.bodyStart, offset), lineEnd)
      open = undefined
    }
    offset = lineEnd
  }
  // An unclosed fence runs to the end of the text, as in CommonMark.
  if (open) pushIfMermaid(fences, open, text.slice(open.bodyStart), text.length)
  return fences
}

function isClosing(line: string, marker: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line.replace(/\r$/, ''))
  return !!m && m[1][0] === marker[0] && m[1].length >= marker.length
}

function pushIfMermaid(
  fences: MermaidFence[],
  open: { start: number, line: number, info: string },
  body: string,
  end: number,
) {
  const info = MERMAID_INFO.exec(open.info)
  if (!info) return
  fences.push({ start: open.start, end, line: open.line, code: body.replace(/\n$/, ''), options: (info[1] ?? '').trim() })
}

export interface FenceOptions {
  /** Multiplies the diagram's natural size (Slidev's own `{scale: 0.8}`). */
  scale?: number
  /** Caps the height in slide pixels (default: what fits under a title). */
  maxHeight?: number
}

/**
 * Parses `{scale: 0.8, maxHeight: 300}`. Only numeric keys we know; anything else is a mistake
 * worth reporting rather than silently ignoring (e.g. `theme`, which the course theme overrides).
 */
export function parseFenceOptions(raw: string): FenceOptions {
  const text = raw.trim()
  if (!text) return {}
  const body = /^\{(.*)\}$/s.exec(text)
  if (!body) throw new Error(`opções do bloco mermaid inválidas: "${raw}" (use por exemplo {scale: 0.8})`)
  const options: FenceOptions = {}
  for (const part of body[1].split(',').map(p => p.trim()).filter(Boolean)) {
    const m = /^['"]?(\w+)['"]?\s*:\s*([\d.]+)$/.exec(part)
    if (!m || !['scale', 'maxHeight'].includes(m[1]) || !Number.isFinite(Number(m[2])) || Number(m[2]) <= 0)
      throw new Error(`opção do bloco mermaid não suportada: "${part}" (aceitas: scale, maxHeight, números positivos)`)
    options[m[1] as keyof FenceOptions] = Number(m[2])
  }
  return options
}
