// The peer-instruction round as plain functions: what the presenter's open/close/reveal/reset does
// to a room's questions, whether an answer is taken, and what the room is shown. No network, no
// storage: server/quiz/quiz.ts calls these over the store.
import type { Question, QuizAction, QuizAnswerRequest, QuizError, QuizPhase, QuizState, Round } from './protocol'

/** One question's progress in one room. A question never opened has none (idle). */
export interface Progress {
  phase: Exclude<QuizPhase, 'idle'>
  round: Round
  /**
   * The record version that opened its round 1: a reset and a new open make a new one, so answers
   * remembered from before a reset are never written back as this run's (server/quiz/recall.ts).
   * Absent in records stored before it existed.
   */
  opened?: number
}

/** What the store keeps of a room's questions (versioned like a room: compare-and-set). */
export interface QuizRecord {
  room: string
  /** +1 per change made by the presenter; answers do not change it. */
  version: number
  /** The question in play (shown to the room), null before the first open. */
  current: string | null
  /** Each question's progress, kept when the presenter moves on to another one. */
  progress: Record<string, Progress>
  updatedAt: number
}

export function initialRecord(room: string, now: number): QuizRecord {
  return { room, version: 0, current: null, progress: {}, updatedAt: now }
}

export type ControlResult =
  | { ok: true, record: QuizRecord, changed: boolean }
  | { ok: false, error: Extract<QuizError, 'phase'> }

const phaseError = { ok: false, error: 'phase' } as const

/**
 * The record after the presenter's `action` on `question`:
 * - open: idle → round 1 open; closed after round 1 → round 2 open; it becomes the question in play
 *   (an open question it replaces is closed first: one open round per room). Already open → no change.
 *   Another question that is done (round 2 closed, or revealed) just comes back into play.
 * - close: the open question in play → closed (its tally is frozen: no answer is taken after).
 * - reveal: the closed question in play → revealed (the room sees the answer and the explanation).
 * - reset: the question's progress is forgotten (its answers are deleted by the caller): idle again.
 * Repeating close or reveal (two presenter devices) changes nothing; any other step is a `phase` error.
 */
export function applyControl(record: QuizRecord, question: string, action: QuizAction, now: number): ControlResult {
  const progress = { ...record.progress }
  const mine = progress[question]
  const inPlay = record.current === question
  const next = (current: string | null): ControlResult => ({
    ok: true,
    changed: true,
    record: { room: record.room, version: record.version + 1, current, progress, updatedAt: Math.max(now, record.updatedAt) },
  })
  const same: ControlResult = { ok: true, changed: false, record }
  // close and reveal: the question in play goes from `from` to `to`; already at `to` changes nothing.
  const step = (from: Progress['phase'], to: Progress['phase']): ControlResult => {
    if (!inPlay || !mine) return phaseError
    if (mine.phase === to) return same
    if (mine.phase !== from) return phaseError
    progress[question] = { ...mine, phase: to }
    return next(record.current)
  }

  switch (action) {
    case 'open': {
      if (inPlay && mine?.phase === 'open') return same
      const previous = record.current && !inPlay ? progress[record.current] : undefined
      if (previous?.phase === 'open') progress[record.current!] = { ...previous, phase: 'closed' }
      if (!mine) progress[question] = { phase: 'open', round: 1, opened: record.version + 1 }
      else if (mine.phase === 'closed' && mine.round === 1) progress[question] = { ...mine, phase: 'open', round: 2 }
      else if (inPlay) return phaseError
      return next(question)
    }
    case 'close':
      return step('open', 'closed')
    case 'reveal':
      return step('closed', 'revealed')
    case 'reset':
      delete progress[question]
      return next(record.current)
  }
}

/** Normalises an answer's choices (sorted, each once) or says why it is not taken. */
export function checkAnswer(record: QuizRecord, question: Question, answer: QuizAnswerRequest): { ok: true, choices: number[] } | { ok: false, error: QuizError } {
  const mine = record.current === answer.question ? record.progress[answer.question] : undefined
  if (!mine || answer.round > mine.round) return { ok: false, error: 'phase' }
  if (answer.round < mine.round || mine.phase !== 'open') return { ok: false, error: 'closed' }
  const choices = [...new Set(answer.choices)].sort((a, b) => a - b)
  if (choices.length !== answer.choices.length || choices.some(c => c >= question.options.length)) return { ok: false, error: 'invalid' }
  // One correct option: pick one. Several: pick any set (the answer is right when it is exactly that set).
  if (question.correct.length === 1 && choices.length !== 1) return { ok: false, error: 'invalid' }
  return { ok: true, choices }
}

/** Rounds whose tally the room may see: every closed round (none while a round is still open). */
export function talliedRounds(progress: Progress | undefined): Round[] {
  if (!progress) return []
  const last = progress.phase === 'open' ? progress.round - 1 : progress.round
  return last >= 2 ? [1, 2] : last === 1 ? [1] : []
}

export interface ViewInput {
  record: QuizRecord
  /** The question in play, from the catalog (undefined if it vanished from a rebuilt catalog). */
  question: Question | undefined
  /** Devices that answered the current round. */
  answered: number
  /** Counts per option of each round in `talliedRounds`, in that order. */
  tallies: number[][]
}

/** What the room is shown (students and presenter alike): the answer only once revealed. */
export function quizView({ record, question, answered, tallies }: ViewInput): QuizState {
  const mine = record.current ? record.progress[record.current] : undefined
  const revealed = mine?.phase === 'revealed' && !!question
  return {
    room: record.room,
    question: record.current,
    phase: mine?.phase ?? 'idle',
    round: mine?.round ?? 0,
    answered: mine ? answered : 0,
    tallies: mine ? tallies : [],
    correct: revealed ? [...question.correct] : null,
    explanation: revealed ? question.explanation : null,
    version: record.version,
  }
}
