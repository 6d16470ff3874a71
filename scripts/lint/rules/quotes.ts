// One quotation-mark style: curly “…” (and ‘…’ inside them, ’ as an apostrophe) in prose. Straight
// quotes belong to code, commands, attributes and YAML, all blanked before this rule.
import type { Problem } from '#scripts/lint/types'

/** The straight quotes of one prose line, as the characters found (`"`, `'`). */
export function straightQuotes(line: string): string[] {
  return line.match(/["']/g) ?? []
}

export function checkQuotes(file: string, prose: string[], context: (line: number) => string): Problem[] {
  const problems: Problem[] = []
  prose.forEach((line, i) => {
    const found = straightQuotes(line)
    if (!found.length) return
    const kinds = [...new Set(found)].map(q => (q === '"' ? 'aspas retas (")' : 'aspas simples retas (\')')).join(' e ')
    problems.push({ file, line: i + 1, message: `${kinds} no texto: use aspas curvas “…” (e ‘…’ dentro delas, ’ no apóstrofo); aspas retas só dentro de código${context(i)}` })
  })
  return problems
}
