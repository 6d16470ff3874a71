// The inline Markdown a question may use in its prompt, options and explanation: `code`,
// **bold** and *italic* (foreign terms). Parts, not HTML: the components draw them with no v-html.

export interface InlinePart {
  text: string
  kind: 'text' | 'code' | 'strong' | 'em'
}

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_/g

export function inlineParts(source: string): InlinePart[] {
  const parts: InlinePart[] = []
  let last = 0
  for (const m of source.matchAll(INLINE)) {
    if (m.index > last) parts.push({ kind: 'text', text: source.slice(last, m.index) })
    if (m[1] !== undefined) parts.push({ kind: 'code', text: m[1] })
    else if (m[2] !== undefined) parts.push({ kind: 'strong', text: m[2] })
    else parts.push({ kind: 'em', text: m[3] ?? m[4] })
    last = m.index + m[0].length
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) })
  return parts
}

/** The words a person reads (no Markdown marks), e.g. for aria labels. */
export function plainText(source: string): string {
  return inlineParts(source).map(p => p.text).join('')
}
