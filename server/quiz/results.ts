// After class: one deck's answers, per question and round — counts per option, % right, devices —
// as CSV (a spreadsheet) and Markdown (to read). Built from answers without their devices:
// nothing in either file tells one phone from another.
import { stringify } from 'csv-stringify/sync'
import type { AnswerRow } from '../store/store'
import type { Question } from './protocol'
import { summarize, type RoundSummary } from './tally'

export interface RoundResult extends RoundSummary { round: 1 | 2 }
export interface QuestionResult { question: Question, rounds: RoundResult[] }

const MAX_OPTIONS = 6

/** Each question of the deck in order (then any answered question the catalog no longer has), with its answered rounds. */
export function deckResults(questions: readonly Question[], answers: readonly AnswerRow[]): QuestionResult[] {
  const known = new Map(questions.map(q => [q.id, q]))
  const extra = [...new Set(answers.map(a => a.question))].filter(id => !known.has(id)).sort().map((id): Question => ({
    id, deck: questions[0]?.deck ?? '', slide: 0, prompt: '(pergunta que não está mais no catálogo)', correct: [],
    explanation: '', options: Array.from({ length: Math.max(...answers.filter(a => a.question === id).flatMap(a => a.choices)) + 1 }, (_, i) => `opção ${i + 1}`),
  }))
  return [...questions, ...extra].map(question => ({
    question,
    rounds: ([1, 2] as const)
      .map(round => ({ round, choices: answers.filter(a => a.question === question.id && a.round === round).map(a => a.choices) }))
      .filter(r => r.choices.length > 0)
      .map(r => ({ round: r.round, ...summarize(r.choices, question.options.length, question.correct) })),
  }))
}

export const CSV_HEADER = ['aula', 'pergunta', 'slide', 'enunciado', 'rodada', 'aparelhos', 'acertos', 'acertos_pct', 'corretas',
  ...Array.from({ length: MAX_OPTIONS }, (_, i) => `opcao_${i + 1}`)]
/** The list separator of a pt-BR spreadsheet (the comma is its decimal separator). */
export const CSV_DELIMITER = ';'

const number = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1, useGrouping: false })

/**
 * One row per question and answered round; option counts in opcao_1…opcao_6 (empty past the
 * question's options). Written for a spreadsheet in pt-BR (Excel, LibreOffice): `;` between
 * fields, a decimal comma (66,7) and a UTF-8 BOM, so it opens in columns, with its accents and
 * numbers, on a double click.
 */
export function resultsCsv(deck: string, results: readonly QuestionResult[]): string {
  const rows = results.flatMap(({ question, rounds }) => rounds.map(r => [
    deck, question.id, question.slide || '', question.prompt, r.round, r.devices, r.right,
    r.percentRight === null ? '' : number.format(r.percentRight),
    question.correct.map(c => c + 1).join(' '),
    ...Array.from({ length: MAX_OPTIONS }, (_, i) => (i < r.counts.length ? r.counts[i] : '')),
  ]))
  return `\uFEFF${stringify([CSV_HEADER, ...rows], { delimiter: CSV_DELIMITER })}`
}
const percent = (part: number, whole: number) => (whole ? `${number.format((part / whole) * 100)} %` : '—')
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\|*_`[\]<>])/g, '\\$1')

export function resultsMarkdown(deck: string, results: readonly QuestionResult[]): string {
  const lines = [
    `# Resultados das perguntas — ${deck}`,
    '',
    'Por pergunta e rodada: quantos aparelhos escolheram cada opção e quantos acertaram. As respostas são anônimas: nada aqui identifica um aluno ou um aparelho.',
  ]
  results.forEach(({ question, rounds }, index) => {
    lines.push('', `## ${index + 1}. ${cell(question.prompt)}`, '')
    const where = question.slide ? `slide ${question.slide} · ` : ''
    const right = question.correct.length ? `resposta certa: ${question.correct.map(c => `opção ${c + 1}`).join(' e ')}` : 'resposta certa desconhecida'
    lines.push(`\`${question.id}\` · ${where}${right}`, '')
    if (rounds.length === 0) return void lines.push('Sem respostas.')
    lines.push(`| Opção | ${rounds.map(r => `Rodada ${r.round}`).join(' | ')} |`, `|---|${rounds.map(() => '---:|').join('')}`)
    question.options.forEach((option, i) => {
      const mark = question.correct.includes(i) ? ' ✓ (certa)' : ''
      lines.push(`| ${i + 1}. ${cell(option)}${mark} | ${rounds.map(r => `${r.counts[i]} (${percent(r.counts[i], r.devices)})`).join(' | ')} |`)
    })
    lines.push(`| **Aparelhos** | ${rounds.map(r => r.devices).join(' | ')} |`)
    lines.push(`| **Acertos** | ${rounds.map(r => `${r.right} (${percent(r.right, r.devices)})`).join(' | ')} |`)
  })
  return `${lines.join('\n')}\n`
}
