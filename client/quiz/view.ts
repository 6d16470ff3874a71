// What a question shows, as plain rules (the .vue files only draw this): per option its letter,
// whether it is chosen, enabled, marked right or wrong in words, and its bars; the status line.
//   self       no live server (static site): pick, see right/wrong and the explanation, on the device only;
//   student    live: answer while a round is open, "resposta registrada" only after the server's ack;
//   presenter  live (projector, presenter view): "23 de 31 responderam", bars after close, reveal;
//   print      the PDF: the question and its options, no answer.
import type { QuizMine, QuizState } from '#server/quiz/protocol'

export type QuizMode = 'self' | 'student' | 'presenter' | 'print'

export interface QuestionData {
  id: string
  prompt: string
  options: string[]
  multiple: boolean
  /** 0-based; absent in the students' build (it comes in quiz:state on reveal). */
  correct?: number[]
  explanation?: string
}

export interface Bar {
  round: 1 | 2
  count: number
  /** Of that round's answers, rounded. */
  percent: number
  /** "1ª rodada: 12 respostas, 40 %" (for screen readers and the printed text). */
  label: string
}

export interface OptionView {
  index: number
  letter: string
  text: string
  chosen: boolean
  /** In words, never colour alone: "Resposta certa", "Sua resposta: errada"… */
  mark?: string
  kind?: 'right' | 'wrong'
  bars: Bar[]
}

export interface QuestionView {
  options: OptionView[]
  /** Buttons take a choice now. */
  interactive: boolean
  /** Status line ("Votação aberta · 1ª rodada"), none in self-check and print. */
  status?: string
  /** "23 de 31 responderam" while a round is open. */
  answered?: string
  /** Student: "Resposta registrada", "Enviando…", an error. */
  receipt?: string
  /** Self-check verdict or, revealed, the correct options in words. */
  verdict?: string
  explanation?: string
}

export interface SelfInput { mode: 'self', chosen: number[], checked: boolean }
export interface LiveInput {
  mode: 'student' | 'presenter'
  /** The room's quiz state when it is about this question; null otherwise (idle for us). */
  state: QuizState | null
  /** Student: the answer the server acknowledged for the current round. */
  mine?: QuizMine | null
  /** Student: the choices being sent or picked (multiple choice before "Enviar"). */
  draft?: number[]
  pending?: boolean
  error?: string
  /** Students following (room:count). */
  students?: number
}
export type ViewInput = SelfInput | LiveInput | { mode: 'print' }

export const letter = (i: number) => String.fromCharCode(65 + i)
const ordinal = (round: number) => `${round}ª rodada`

export function sameChoices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i])
}

/** "A", "A e C", "A, B e D". */
export function lettersOf(indices: readonly number[]): string {
  const letters = [...indices].sort((a, b) => a - b).map(letter)
  return letters.length > 1 ? `${letters.slice(0, -1).join(', ')} e ${letters.at(-1)}` : (letters[0] ?? '')
}

/** Bars of every closed round, per option (tallies[r][option]). */
export function barsOf(tallies: readonly number[][], optionCount: number): Bar[][] {
  return Array.from({ length: optionCount }, (_, option) => tallies.map((counts, r) => {
    const total = counts.reduce((sum, n) => sum + n, 0)
    const count = counts[option] ?? 0
    const percent = total ? Math.round((count / total) * 100) : 0
    const round = (r + 1) as 1 | 2
    return { round, count, percent, label: `${ordinal(round)}: ${count} ${count === 1 ? 'resposta' : 'respostas'}, ${percent} %` }
  }))
}

export function answeredText(answered: number, students?: number): string {
  return students === undefined ? `${answered} ${answered === 1 ? 'respondeu' : 'responderam'}` : `${answered} de ${Math.max(students, answered)} responderam`
}

function statusOf(state: QuizState | null, mode: 'student' | 'presenter'): string {
  if (!state || state.phase === 'idle') return mode === 'student' ? 'Aguardando o professor abrir a votação' : 'Votação ainda não aberta'
  if (state.phase === 'open') return `Votação aberta · ${ordinal(state.round || 1)}`
  if (state.phase === 'closed') return state.round === 1 ? 'Votação encerrada · discutam com o colega' : `Votação encerrada · ${ordinal(state.round)}`
  return 'Resposta revelada'
}

export function questionView(q: QuestionData, input: ViewInput): QuestionView {
  const base = (i: number, text: string): OptionView => ({ index: i, letter: letter(i), text, chosen: false, bars: [] })
  if (input.mode === 'print') return { options: q.options.map((t, i) => base(i, t)), interactive: false }

  if (input.mode === 'self') {
    const correct = q.correct ?? []
    const right = input.checked && sameChoices(input.chosen, correct)
    return {
      interactive: !input.checked,
      options: q.options.map((t, i) => {
        const option = { ...base(i, t), chosen: input.chosen.includes(i) }
        if (!input.checked) return option
        if (correct.includes(i)) return { ...option, kind: 'right' as const, mark: option.chosen ? 'Sua resposta: certa' : 'Resposta certa' }
        return option.chosen ? { ...option, kind: 'wrong' as const, mark: 'Sua resposta: errada' } : option
      }),
      verdict: input.checked ? (right ? 'Certa!' : `Não é essa: a resposta certa é ${lettersOf(correct)}.`) : undefined,
      explanation: input.checked ? q.explanation : undefined,
    }
  }

  const { state } = input
  const phase = state?.phase ?? 'idle'
  const revealed = phase === 'revealed'
  const correct = revealed ? (state?.correct ?? q.correct ?? []) : []
  const bars = state && phase !== 'open' ? barsOf(state.tallies, q.options.length) : []
  const mine = input.mine && state && input.mine.question === state.question && input.mine.round === state.round ? input.mine : undefined
  const draft = input.draft ?? []
  const chosenNow = input.mode === 'student' ? (input.pending || draft.length ? draft : (mine?.choices ?? [])) : []
  let receipt: string | undefined
  if (input.mode === 'student') {
    if (input.error) receipt = input.error
    else if (input.pending) receipt = 'Enviando…'
    else if (mine) receipt = phase === 'open' ? `Resposta registrada: ${lettersOf(mine.choices)} · você pode mudar até a votação fechar` : `Resposta registrada: ${lettersOf(mine.choices)}`
    else if (phase === 'open') receipt = q.multiple ? 'Marque todas as opções certas e toque em “Enviar resposta”' : 'Toque numa opção para responder'
    else if (phase === 'closed' || revealed) receipt = 'Você não respondeu nesta rodada'
  }
  return {
    interactive: input.mode === 'student' && phase === 'open',
    status: statusOf(state, input.mode),
    answered: phase === 'open' ? answeredText(state!.answered, input.students) : undefined,
    receipt,
    options: q.options.map((t, i) => {
      const option = { ...base(i, t), chosen: chosenNow.includes(i), bars: bars[i] ?? [] }
      if (!revealed) return option
      if (correct.includes(i)) return { ...option, kind: 'right' as const, mark: 'Resposta certa' }
      return option
    }),
    verdict: revealed ? `Resposta certa: ${lettersOf(correct)}` : undefined,
    explanation: revealed ? (state?.explanation ?? q.explanation) : undefined,
  }
}
