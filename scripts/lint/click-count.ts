// How many clicks a slide has, worked out from its Markdown the way Slidev's clicks context does
// at runtime (composables/useClicks.ts): each v-click/v-after/v-mark/<v-clicks>/highlighted code
// block registers in document order with a relative ('+n') or absolute (n) position, and so does
// each step figure (<CopyOnWrite />…) with the clicks client/figures/steps.ts gives it; the total
// is the highest position reached, unless the frontmatter sets `clicks:`.
import { figureSteps } from '#client/figures/steps'
import { findFences } from '#scripts/mermaid/fences'
import { blank } from './markdown'

export type At = { kind: 'relative', value: number } | { kind: 'absolute', value: number } | { kind: 'range', from: At, to: At } | { kind: 'none' }

export interface ClickCount {
  total: number
  /** Values the counter could not evaluate (a Vue expression): the total may be wrong. */
  unknown: string[]
  /** Where the total came from: `frontmatter` (clicks:) or `content`. */
  from: 'frontmatter' | 'content'
  /** What registers clicks, in order (`<v-clicks> ×3`, `v-click`, `código {1|2|3}`), for messages. */
  sources: string[]
  /** The step figures on the slide (`CopyOnWrite`), which register their own clicks. */
  figures: string[]
}

/** A Vue binding value (`3`, `'+2'`, `[1, 3]`, `false`) as the directive receives it. */
export function parseExpression(expression: string | undefined): At | undefined {
  if (expression === undefined) return { kind: 'relative', value: 1 }
  const value = expression.trim()
  if (value === '' || value === 'true') return { kind: 'relative', value: 1 }
  if (value === 'false' || value === 'null') return { kind: 'none' }
  const quoted = /^(['"`])(.*)\1$/.exec(value)
  if (quoted) return parseLiteral(quoted[2])
  const range = /^\[(.+),(.+)\]$/.exec(value)
  if (range) {
    const from = parseExpression(range[1])
    const to = parseExpression(range[2])
    return from && to ? { kind: 'range', from, to } : undefined
  }
  if (/^[+-]?\d+$/.test(value)) return { kind: 'absolute', value: Math.max(1, Number(value)) }
  return undefined
}

/** A string prop value (`at="+2"`, `at="3"`), as normalizeSingleAtValue reads it. */
export function parseLiteral(raw: string): At | undefined {
  const value = raw.trim()
  if (value === '' || value === 'true') return { kind: 'relative', value: 1 }
  if (value === 'false') return { kind: 'none' }
  if (/^[+-]\d+$/.test(value)) return { kind: 'relative', value: Number(value) }
  if (/^\d+$/.test(value)) return { kind: 'absolute', value: Math.max(1, Number(value)) }
  return undefined
}

/** The clicks context of one slide: offset and highest position, as in useClicks.ts. */
class Clicks {
  offset = 0
  max = 0

  since(at: At, size = 1): void {
    if (at.kind === 'none') return
    if (at.kind === 'range') {
      const start = at.from.kind === 'relative' ? this.offset + at.from.value : at.from.kind === 'absolute' ? at.from.value : 0
      let delta = at.from.kind === 'relative' ? at.from.value : 0
      const end = at.to.kind === 'relative' ? start + at.to.value : at.to.kind === 'absolute' ? at.to.value : start
      if (at.to.kind === 'relative') delta += at.to.value
      this.max = Math.max(this.max, end)
      this.offset += delta
      return
    }
    if (at.kind === 'relative') {
      const start = this.offset + at.value
      this.max = Math.max(this.max, start + size - 1)
      this.offset += at.value + size - 1
    }
    else {
      this.max = Math.max(this.max, at.value + size - 1)
    }
  }
}

function attribute(attrs: string, name: string): { value: string, bound: boolean } | undefined {
  const match = new RegExp(`(^|\\s)(:|v-bind:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs)
  if (!match) return undefined
  return { value: match[4] ?? match[5] ?? '', bound: Boolean(match[2]) }
}

/** A tag's plain string attributes: `group="demais" :x="1"` → `{ group: 'demais' }`. */
function stringAttributes(attrs: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const match of attrs.matchAll(/(?<=^|\s)([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[match[1]] = match[2] ?? match[3] ?? ''
  return found
}

function atOf(attrs: string, name = 'at'): At | undefined {
  const found = attribute(attrs, name)
  if (!found) return { kind: 'relative', value: 1 }
  return found.bound ? parseExpression(found.value) : parseLiteral(found.value)
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** Children <v-clicks> animates: list items down to `depth`, table rows, or top-level blocks. */
export function countVClicksChildren(inner: string, depth = 1): number {
  const lines = inner.split('\n')
  const items = lines.map(line => /^(\s*)(?:[-*+]|\d+[.)])\s+/.exec(line)).filter(m => m !== null)
  if (items.length) {
    const indents = [...new Set(items.map(m => m[1].length))].sort((a, b) => a - b)
    return items.filter(m => indents.indexOf(m[1].length) < depth).length
  }
  const rows = lines.filter(line => /^\s*\|/.test(line))
  if (rows.length >= 2 && /^\s*\|?\s*:?-{3,}/.test(rows[1])) return rows.length - 2
  // Top-level HTML elements and Markdown blocks (paragraphs separated by blank lines).
  let count = 0
  let level = 0
  let inText = false
  for (const line of lines) {
    if (!line.trim()) {
      inText = false
      continue
    }
    const startLevel = level
    let textOutside = false
    let last = 0
    for (const tag of line.matchAll(/<(\/?)([A-Za-z][\w-]*)[^<>]*?(\/?)>/g)) {
      if (level === 0 && line.slice(last, tag.index).trim()) textOutside = true
      last = tag.index + tag[0].length
      const [, closing, name, selfClosing] = tag
      if (closing) level = Math.max(0, level - 1)
      else {
        if (level === 0) count++
        if (!selfClosing && !VOID.has(name.toLowerCase())) level++
      }
    }
    if (level === 0 && startLevel === 0 && line.slice(last).trim()) textOutside = true
    if (textOutside && !inText) count++
    inText = textOutside
  }
  return count
}

/** The clicks of a slide whose content (without notes) is `content`. */
export function countClicks(content: string, frontmatter: Record<string, unknown> = {}): ClickCount {
  const counted = countContentClicks(content)
  if (frontmatter.clicks === undefined || frontmatter.clicks === null) return counted
  return { ...counted, total: Number(frontmatter.clicks) || 0, unknown: [], from: 'frontmatter', sources: [`clicks: ${frontmatter.clicks}`] }
}

function countContentClicks(content: string): ClickCount {
  const unknown: string[] = []
  const figures: string[] = []
  const lines = content.split('\n')
  const ctx = new Clicks()
  // Code blocks first: keep their positions as tokens, then blank them for the HTML scan.
  const events: { index: number, source: string, run: () => void }[] = []
  let text = lines.join('\n')
  const lineOffsets: number[] = []
  lines.reduce((offset, line, i) => (lineOffsets[i] = offset, offset + line.length + 1), 0)
  for (const fence of findFences(lines)) {
    const index = lineOffsets[fence.open]
    if (/magic-move/.test(fence.meta) || /magic-move/.test(fence.lang)) {
      const steps = findFences(lines.slice(fence.open + 1, fence.close)).length
      events.push({ index, source: `magic-move ×${steps - 1}`, run: () => ctx.since({ kind: 'relative', value: 1 }, steps - 1) })
    }
    else {
      const ranges = /^\{([^}]*)\}/.exec(fence.meta)?.[1]
      if (ranges && ranges.includes('|')) {
        const size = ranges.split('|').length - 1
        const at = /\{[^}]*\bat\s*:\s*['"]?([+-]?\d+)/.exec(fence.meta.slice(ranges.length + 2))?.[1]
        events.push({ index, source: `código {${ranges}} ×${size}`, run: () => ctx.since(at ? parseLiteral(at)! : { kind: 'relative', value: 1 }, size) })
      }
    }
  }
  text = blank(maskFenceBlocks(text, lines, lineOffsets), /<!--[\s\S]*?-->/g)
  text = blank(text, /(`+)[^`\n]+?\1/g)

  // <v-clicks>…</v-clicks>: one step per child; the children are then blanked out.
  text = text.replace(/<(v-clicks|VClicks)\b([^>]*)>([\s\S]*?)<\/\1\s*>/g, (whole, _tag: string, attrs: string, inner: string, index: number) => {
    const depth = Number(attribute(attrs, 'depth')?.value ?? 1) || 1
    const every = Number(attribute(attrs, 'every')?.value ?? 1) || 1
    const at = atOf(attrs)
    if (!at) unknown.push(`<v-clicks${attrs}>`)
    const children = countVClicksChildren(inner, depth)
    events.push({ index, source: `<v-clicks> ×${Math.ceil(children / every)}`, run: () => ctx.since(at ?? { kind: 'relative', value: 1 }, Math.ceil(children / every)) })
    return whole.replace(/[^\n]/g, ' ')
  })

  // <v-click>, <v-after> components.
  for (const match of text.matchAll(/<(v-click|VClick|v-after|VAfter)\b([^>]*)>/g)) {
    const after = /after/i.test(match[1])
    const at = after ? { kind: 'relative', value: 0 } as At : atOf(match[2])
    if (!at) unknown.push(match[0])
    events.push({ index: match.index, source: `<${match[1]}>`, run: () => ctx.since(at ?? { kind: 'relative', value: 1 }) })
  }

  // Directives on elements, in HTML or MDC `{v-click}` form.
  const directive = /(?<=[\s{])v-(click-hide|click|after|mark)((?:\.[\w-]+)*)(?:\s*=\s*("([^"]*)"|'([^']*)'))?(?=[\s>/}])/g
  for (const match of text.matchAll(directive)) {
    const name = match[1]
    const value = match[4] ?? match[5]
    let at: At | undefined
    if (name === 'after') at = { kind: 'relative', value: 0 }
    else if (name === 'mark' && value?.trim().startsWith('{')) {
      const inner = /\bat\s*:\s*([^,}]+)/.exec(value)?.[1]
      at = parseExpression(inner)
    }
    else at = parseExpression(value)
    if (!at) unknown.push(match[0])
    events.push({ index: match.index, source: `v-${name}`, run: () => ctx.since(at ?? { kind: 'relative', value: 1 }) })
  }

  // Step figures, which register their clicks in setup as a '+1' block of their size.
  for (const match of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
    const steps = figureSteps[match[1]]?.(stringAttributes(match[2]))
    if (steps === undefined) continue
    figures.push(match[1])
    if (!Number.isInteger(steps)) unknown.push(match[0])
    else events.push({ index: match.index, source: `<${match[1]}> ×${steps}`, run: () => ctx.since({ kind: 'relative', value: 1 }, steps) })
  }

  events.sort((a, b) => a.index - b.index)
  for (const event of events) event.run()
  return { total: ctx.max, unknown, from: 'content', sources: events.map(e => e.source), figures }
}

function maskFenceBlocks(text: string, lines: string[], lineOffsets: number[]): string {
  let out = text
  for (const fence of findFences(lines)) {
    const from = lineOffsets[fence.open]
    const to = lineOffsets[fence.close] + lines[fence.close].length
    out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, ' ') + out.slice(to)
  }
  return out
}

/** Clicks the speaker notes account for: `[click]` is one, `[click:3]` three (as Slidev renders them). */
export function countNoteClicks(note: string | undefined): number {
  let total = 0
  for (const match of (note ?? '').matchAll(/\[click(?::(\d+))?\]/gi)) total += Number(match[1] ?? 1)
  return total
}
