// Invalid YAML between the `---` of a headmatter or frontmatter. Slidev builds such a deck
// anyway, with whatever part of the YAML it could read, so the mistake shows only on stage.
import type { SourceSlideInfo } from '@slidev/types'
import { projectPath } from '#scripts/lint/deck-view'
import type { DeckView, Problem } from '#scripts/lint/types'

const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'um valor com ":" precisa ficar entre aspas (title: "Aula 1: contêineres")',
  MISSING_CHAR: 'falta fechar aspas, colchete ou chave',
  BAD_INDENT: 'indentação incorreta ou lista [ ] sem fechar',
  DUPLICATE_KEY: 'chave repetida: deixe só uma',
  TAB_AS_INDENT: 'use espaços, não tabulação, para indentar',
  MULTILINE_IMPLICIT_KEY: 'uma chave precisa caber numa linha só',
  UNEXPECTED_TOKEN: 'caractere inesperado',
  BAD_SCALAR_START: 'valor começando com caractere reservado (@, `, %): ponha-o entre aspas',
}

/** 0-based file line of YAML line `yamlLine` (1-based) of a slide's frontmatter. */
function fileLine(slide: SourceSlideInfo, lines: string[], yamlLine: number): number {
  if (slide.frontmatterStyle === 'yaml') {
    let fence = slide.start
    while (fence < slide.end && !/^\s*```ya?ml/.test(lines[fence])) fence++
    return fence + yamlLine
  }
  return slide.start + yamlLine
}

/** 1-based line of the first YAML line that opens a quote or bracket it never closes. */
export function unclosedLine(yaml: string): number | undefined {
  const lines = yaml.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].replace(/#.*$/, '')
    const quotes = (text.match(/"/g)?.length ?? 0) % 2 === 1
    const brackets = (text.match(/\[/g)?.length ?? 0) > (text.match(/\]/g)?.length ?? 0)
    const braces = (text.match(/\{/g)?.length ?? 0) > (text.match(/\}/g)?.length ?? 0)
    if (quotes || brackets || braces) return i + 1
  }
  return undefined
}

export function checkYaml(deck: DeckView): Problem[] {
  const problems: Problem[] = []
  for (const [path, md] of Object.entries(deck.data.markdownFiles)) {
    const lines = md.raw.split(/\r?\n/)
    const file = projectPath(path)
    for (const source of md.slides) {
      const error = source.frontmatterDoc?.errors[0]
      if (!error) continue
      const where = deck.slides.find(s => s.info.source === source)
      const kind = source.index === 0 && path === deck.file ? 'headmatter' : 'frontmatter'
      const hint = HINTS[error.code] ?? error.message.split('\n')[0]
      // An unclosed quote or bracket is only noticed where the YAML ends: point at where it opens.
      const opened = ['MISSING_CHAR', 'BAD_INDENT'].includes(error.code) ? unclosedLine(source.frontmatterRaw ?? '') : undefined
      const line = fileLine(source, lines, opened ?? error.linePos?.[0].line ?? 1)
      problems.push({
        file,
        line: line + 1,
        message: `YAML inválido no ${kind}: ${hint} [${error.code}]${where ? ` (${deck.id}, slide ${where.no})` : ''}`,
      })
    }
    for (const error of md.errors ?? []) {
      const message = error.message
        .replace(/^Imported markdown file not found: (.*)$/, (_: string, p: string) => `arquivo importado com src: não encontrado: ${projectPath(p)}`)
        .replace(/^Slide (\d+) does not exist in "(.*)", which has (\d+) slides$/, (_: string, n: string, p: string, total: string) => `src: pede o slide ${n} de ${projectPath(p)}, que só tem ${total}`)
        .replace(/^Circular import detected for "(.*)".*$/, (_: string, p: string) => `importação circular em src: ${p}`)
        .replace(/^Imported markdown escapes the project root: (.*)$/, (_: string, p: string) => `src: aponta para fora do projeto: ${p}`)
      problems.push({ file, line: error.row + 1, message: `${message} (${deck.id})` })
    }
  }
  return problems
}
