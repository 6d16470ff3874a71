// Small, line-preserving views of slide Markdown: code fences, and text with code, tags and
// URLs blanked out (same length, same line breaks) so positions still map to source lines.
import { findFences } from '#scripts/mermaid/fences'

/** Slidev's slot sugar for two-column layouts: `::left::`, `::right::`, `::default::`. */
const SLOT_LINE = /^[ \t]*::[\w-]+::[ \t]*$/gm

/** Replaces every character of the matches with spaces, keeping line breaks. */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, m => m.replace(/[^\n]/g, ' '))
}

function blankLine(line: string): string {
  return ' '.repeat(line.length)
}

/** Keeps only the text inside a Mermaid line's labels: A["x"], B(x), C{x}, -->|x|. */
export function mermaidLabels(line: string): string {
  const trimmed = line.trim()
  if (/^(%%|classDef\b|class\b|style\b|linkStyle\b|click\b)/.test(trimmed)) return blankLine(line)
  const out = Array.from(line, () => ' ')
  const pairs: Record<string, string> = { '[': ']', '(': ')', '{': '}', '|': '|', '"': '"' }
  let close = ''
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (close && ch === close) close = ''
    else if (close && !'[](){}|"'.includes(ch)) out[i] = ch
    else if (!close && pairs[ch]) close = pairs[ch]
  }
  return out.join('')
}

/** Keeps only the texts of a ```pergunta YAML line (prompt, options, explanation), not keys, ids or YAML quotes. */
export function questionTexts(line: string): string {
  if (/^\s*(id|correta)\s*:/.test(line)) return blankLine(line)
  const m = /^(\s*(?:-\s+|(?:pergunta|explicacao|opcoes)\s*:\s*))(.*)$/.exec(line)
  if (!m) return line
  const value = /^(["']).*\1\s*$/.test(m[2]) ? ` ${m[2].trimEnd().slice(1, -1)} ` : m[2]
  return blankLine(m[1]) + value.padEnd(m[2].length)
}

/** Lines with fenced code blanked; with `keepTexts`, Mermaid labels and question texts stay (prose rules read them). */
export function maskFences(lines: string[], keepTexts = false): string[] {
  const out = [...lines]
  for (const fence of findFences(lines)) {
    for (let i = fence.open; i <= fence.close; i++) {
      const inside = keepTexts && i > fence.open && i < fence.close
      out[i] = inside && fence.lang === 'mermaid' ? mermaidLabels(lines[i]) : inside && fence.lang === 'pergunta' ? questionTexts(lines[i]) : blankLine(lines[i])
    }
  }
  return out
}

/**
 * The prose of a Markdown region, for spelling: fenced code, inline code, HTML tags and their
 * attributes, <style>/<script>, URLs, link targets, `{…}` attribute blocks and `[click]` markers
 * blanked out. Text between tags and inside HTML comments (speaker notes) is kept.
 */
export function proseOf(lines: string[]): string[] {
  let text = maskFences(lines, true).join('\n')
  text = blank(text, SLOT_LINE)
  text = blank(text, /<(style|script)\b[\s\S]*?<\/\1>/gi)
  text = blank(text, /<!--|-->/g)
  text = blank(text, /<\/?[A-Za-z][^<>]*>/g)
  text = blank(text, /(`+)[^`\n]+?\1/g)
  text = blank(text, /\b(?:https?:\/\/|www\.)[^\s)<>\]"'`]+/gi)
  text = blank(text, /\b(?:[\w-]+\.)+(?:org|com|io|dev|net|br|sh|html?)\b(?:\/[^\s)<>\]"'`]*)?/gi)
  text = blank(text, /\]\([^)\n]*\)/g)
  text = blank(text, /\{\{[\s\S]*?\}\}/g)
  text = blank(text, /\{[^{}\n]*\}/g)
  text = blank(text, /\[click(?::\d+)?\]/gi)
  text = blank(text, /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi)
  return text.split('\n')
}

/** The region with code blanked out (fences, inline code) and HTML comments removed: what renders. */
export function renderedOf(lines: string[]): string[] {
  let text = maskFences(lines).join('\n')
  text = blank(text, SLOT_LINE)
  text = blank(text, /<!--[\s\S]*?-->/g)
  text = blank(text, /(`+)[^`\n]+?\1/g)
  return text.split('\n')
}
