// The one parser of ```pergunta fences (the transformer, the lint, the catalog and the apostilas
// use it). Pure: Markdown in, questions and problems with their 0-based lines out.
//   ```pergunta
//   id: a1-kernel-compartilhado
//   pergunta: Que kernel cada contêiner usa?
//   opcoes: [O do host, Um próprio]      # 2 to 6 (a YAML list)
//   correta: 1                           # 1-based; [1, 3] for several
//   explicacao: Contêineres são processos do host…
//   ```
import { closest } from 'fastest-levenshtein'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { findFences } from '#scripts/mermaid/fences'

export const QUESTION_LANG = 'pergunta'
export const QUESTION_ID = /^[a-z0-9-]{1,60}$/
export const MIN_OPTIONS = 2
export const MAX_OPTIONS = 6
/** The line of a problem of the whole block (a key missing): findQuestions points at the fence. */
const WHOLE = -1
const KEYS = ['id', 'pergunta', 'opcoes', 'correta', 'explicacao'] as const

/** A question as authored (deck and slide come from where it is). Option indices 0-based. */
export interface AuthoredQuestion {
  id: string
  prompt: string
  options: string[]
  correct: number[]
  explanation: string
}

export interface QuestionProblem {
  /** 0-based line in the text given (the YAML, or the Markdown for findQuestions); -1: the whole block. */
  line: number
  message: string
}

export interface ParsedQuestion {
  /** Present when the YAML holds a whole, valid question. */
  question?: AuthoredQuestion
  /** The id, when one is written (even if the rest is broken): duplicate checks use it. */
  id?: string
  problems: QuestionProblem[]
}

export interface QuestionFence extends ParsedQuestion {
  /** 0-based line of the opening ```pergunta in the Markdown. */
  line: number
  /** 0-based line of the `id:` key (the fence line when absent). */
  idLine: number
}

const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'um texto com ": " precisa ficar entre aspas',
  MISSING_CHAR: 'falta fechar aspas, colchete ou chave',
  BAD_INDENT: 'indentação incorreta',
  DUPLICATE_KEY: 'chave repetida: deixe só uma',
  TAB_AS_INDENT: 'use espaços, não tabulação, para indentar',
  BAD_SCALAR_START: 'um texto que começa com ` (código), @ ou % precisa ficar entre aspas: - "`docker ps`"',
}

const text = (node: unknown): string | undefined =>
  isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value).trim() : undefined

/** Parses the YAML inside one fence. */
export function parseQuestionYaml(yaml: string): ParsedQuestion {
  const lines = new LineCounter()
  const doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true })
  const lineOf = (node: Node | null | undefined, fallback = 0) =>
    node?.range ? lines.linePos(node.range[0]).line - 1 : fallback
  const problems: QuestionProblem[] = []
  const problem = (line: number, message: string) => problems.push({ line, message })

  const error = doc.errors[0]
  if (error) {
    const hint = YAML_HINTS[error.code] ?? error.message.split('\n')[0]
    problem((error.linePos?.[0].line ?? 1) - 1, `YAML inválido no bloco pergunta: ${hint} [${error.code}]`)
    return { problems }
  }
  if (!isMap(doc.contents)) {
    problem(WHOLE, 'bloco pergunta vazio ou sem chaves: escreva id, pergunta, opcoes, correta e explicacao, uma por linha')
    return { problems }
  }
  const map = doc.contents
  const entry = (key: string) => map.items.find(pair => text(pair.key) === key)
  for (const pair of map.items) {
    const key = text(pair.key) ?? ''
    if ((KEYS as readonly string[]).includes(key)) continue
    const guess = closest(key.normalize('NFD').replace(/\p{M}/gu, ''), [...KEYS])
    problem(lineOf(pair.key as Node), `chave "${key}" desconhecida no bloco pergunta${guess ? `: você quis dizer "${guess}"?` : ''} (as chaves são ${KEYS.join(', ')}, sem acento)`)
  }

  const idPair = entry('id')
  const id = text(idPair?.value)
  if (!id) problem(idPair ? lineOf(idPair.key as Node) : WHOLE, 'pergunta sem "id:": dê um identificador único no curso, como "id: a1-kernel-compartilhado"')
  else if (!QUESTION_ID.test(id)) problem(lineOf(idPair!.value as Node), `id "${id}" inválido: use só letras minúsculas sem acento, algarismos e hífens (até 60), como a1-kernel-compartilhado`)

  const promptPair = entry('pergunta')
  const prompt = text(promptPair?.value)
  if (!prompt) problem(promptPair ? lineOf(promptPair.key as Node) : WHOLE, 'falta "pergunta:" com o enunciado da pergunta')

  const optionsPair = entry('opcoes')
  const options: string[] = []
  if (!optionsPair) problem(WHOLE, `falta "opcoes:" com a lista das ${MIN_OPTIONS} a ${MAX_OPTIONS} opções (uma por linha, "  - texto")`)
  else if (!isSeq(optionsPair.value)) problem(lineOf(optionsPair.key as Node), '"opcoes:" deve ser uma lista: uma opção por linha, "  - texto"')
  else {
    optionsPair.value.items.forEach((item, i) => {
      const option = text(item)
      if (option) options.push(option)
      else problem(lineOf(item as Node, lineOf(optionsPair.key as Node)), `a opção ${i + 1} não é um texto: ${isMap(item) ? 'um texto com ": " precisa ficar entre aspas' : 'escreva o texto da opção depois de "- "'}`)
    })
    const count = optionsPair.value.items.length
    if (count < MIN_OPTIONS || count > MAX_OPTIONS)
      problem(lineOf(optionsPair.key as Node), `"opcoes:" tem ${count} ${count === 1 ? 'opção' : 'opções'}: uma pergunta precisa de ${MIN_OPTIONS} a ${MAX_OPTIONS}`)
  }

  const correctPair = entry('correta')
  const correct: number[] = []
  const count = options.length
  if (!correctPair) problem(WHOLE, `falta "correta:" com o número da opção certa (de 1 a ${count || 'N'}; uma lista para várias, como [1, 3])`)
  else {
    const value = correctPair.value
    const items = isSeq(value) ? value.items : [value]
    const line = lineOf(correctPair.key as Node)
    if (!items.length) problem(line, '"correta:" vazia: dê o número da opção certa (uma lista para várias, como [1, 3])')
    for (const item of items) {
      const n = isScalar(item) ? Number(item.value) : Number.NaN
      if (!Number.isInteger(n)) problem(line, `"correta: ${text(item) ?? ''}" não é o número de uma opção: use de 1 a ${count || 'N'} (a primeira opção é 1)`)
      else if (n < 1 || (count && n > count)) problem(line, `"correta: ${n}" fora das opções: use um número de 1 a ${count} (a primeira opção é 1)`)
      else if (correct.includes(n - 1)) problem(line, `"correta:" repete a opção ${n}`)
      else correct.push(n - 1)
    }
  }

  const explanationPair = entry('explicacao')
  const explanation = text(explanationPair?.value)
  if (!explanation) problem(explanationPair ? lineOf(explanationPair.key as Node) : WHOLE, 'falta "explicacao:" com a explicação curta da resposta certa (aparece ao revelar a resposta e na apostila)')

  if (problems.length || !id || !prompt || !explanation) return { id, problems }
  return { id, question: { id, prompt, options, correct: correct.sort((a, b) => a - b), explanation }, problems }
}

/** Every ```pergunta fence of a slide's Markdown, parsed; problem lines are lines of `markdown`. */
export function findQuestions(markdown: string): QuestionFence[] {
  const lines = markdown.split(/\r?\n/)
  return findFences(lines).filter(fence => fence.lang === QUESTION_LANG).map((fence) => {
    const body = fence.open + 1
    if (!fence.closed) return { line: fence.open, idLine: fence.open, problems: [{ line: fence.open, message: 'bloco ```pergunta sem ``` de fechamento' }] }
    const yaml = fence.code
    const parsed = parseQuestionYaml(yaml)
    const idAt = lines.slice(body, fence.close).findIndex(line => /^id\s*:/.test(line))
    const at = (line: number) => (line === WHOLE ? fence.open : body + line)
    return {
      ...parsed,
      line: fence.open,
      idLine: idAt >= 0 ? body + idAt : fence.open,
      problems: parsed.problems.map(p => ({ line: at(p.line), message: p.message })),
    }
  })
}
