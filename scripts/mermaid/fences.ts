// The one scanner of fenced code blocks in slide Markdown, for the lint and the build. It follows
// CommonMark's fence rules (0-3 spaces of indentation, ``` or ~~~ of three or more, a closing
// fence of the same character at least as long, backtick fences with no backtick in the info
// string), so a Mermaid example shown inside a longer fence (````md … ````) is left alone and
// the lint sees the fences Slidev's markdown-it sees.

export interface Fence {
  /** 0-based line of the opening fence. */
  open: number
  /** 0-based line of the closing fence (the last line when the fence is never closed). */
  close: number
  closed: boolean
  /** Offset of the opening fence line's first character (lines joined with `\n`). */
  start: number
  /** Offset just past the closing fence line (or the end of the text when unclosed). */
  end: number
  /** The info string's first word (`mermaid`, `bash`, `md`); '' when absent. */
  lang: string
  /** The rest of the info string (`{2|3}`, `{scale: 0.8}`, `magic-move`). */
  meta: string
  /** The content, without the fence lines, de-indented as CommonMark does. */
  code: string
}

const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/
const INFO = /^([\w+-]*)(.*)$/

/** The outermost fenced code blocks of `lines`, in order. */
export function findFences(lines: string[]): Fence[] {
  const fences: Fence[] = []
  let offset = 0
  let open: { marker: string, indent: number, line: number, start: number, info: string } | undefined
  const body: string[] = []
  const push = (close: number, closed: boolean, end: number) => {
    const [, lang, meta] = INFO.exec(open!.info)!
    fences.push({ open: open!.line, close, closed, start: open!.start, end, lang, meta: meta.trim(), code: body.join('\n') })
    open = undefined
    body.length = 0
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '')
    const lineEnd = offset + lines[i].length + (i < lines.length - 1 ? 1 : 0)
    if (!open) {
      const m = OPENING.exec(line)
      // Backtick fences may not have a backtick in their info string (CommonMark 4.5).
      if (m && !(m[2][0] === '`' && m[3].includes('`')))
        open = { marker: m[2], indent: m[1].length, line: i, start: offset, info: m[3].trim() }
    }
    else if (isClosing(line, open.marker)) push(i, true, lineEnd)
    else body.push(line.replace(new RegExp(`^ {0,${open.indent}}`), ''))
    offset = lineEnd
  }
  // An unclosed fence runs to the end of the text, as in CommonMark.
  if (open) push(lines.length - 1, false, offset)
  return fences
}

function isClosing(line: string, marker: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
  return !!m && m[1][0] === marker[0] && m[1].length >= marker.length
}

/** Slidev's Mermaid info string: `mermaid`, then options such as `{scale: 0.8}`. */
export const MERMAID_INFO = /^mermaid(?:\s+(.*))?$/

export interface MermaidFence extends Fence {
  /** What follows `mermaid` in the info string, e.g. `{scale: 0.8}`. */
  options: string
}

export function findMermaidFences(text: string): MermaidFence[] {
  return findFences(text.split('\n')).flatMap((fence) => {
    const info = MERMAID_INFO.exec(`${fence.lang}${fence.meta ? ` ${fence.meta}` : ''}`)
    return info ? [{ ...fence, options: (info[1] ?? '').trim() }] : []
  })
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
