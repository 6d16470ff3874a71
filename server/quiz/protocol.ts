// Live questions (peer instruction): the one source of their schemas and types. The deck client
// (client/quiz/) imports the types from here; the server validates every payload against them.
// Option indices are 0-based everywhere here; only the authored ```pergunta fence counts from 1.
import * as v from 'valibot'
import { RoomId, type Refusal, type Reply } from '../protocol'

export const QuestionId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/))

/** A question as the build writes it to `dist/perguntas.json` (parsed from a ```pergunta fence). */
export interface Question {
  id: string
  /** Deck id (`aula-2`). */
  deck: string
  /** 1-based slide number where the question is authored. */
  slide: number
  prompt: string
  /** 2 to 6 options, in the authored order. */
  options: string[]
  /** 0-based indices of the correct options (at least one). */
  correct: number[]
  explanation: string
}
/** Deck id → its questions in deck order. Presenter-only on the live server (it holds the answers). */
export type QuestionCatalog = Record<string, Question[]>

export const QUIZ_PHASES = ['idle', 'open', 'closed', 'revealed'] as const
export type QuizPhase = typeof QUIZ_PHASES[number]
export type Round = 1 | 2

/**
 * One room's question in play. `tallies[r]` = counts per option of round r + 1, present only once
 * that round is closed (no counts while a round is open, so nobody votes with the crowd).
 * `correct` and `explanation` are null until revealed.
 */
export interface QuizState {
  room: string
  question: string | null
  phase: QuizPhase
  /** 0 = no round yet (idle), then 1 or 2. */
  round: 0 | Round
  /** Devices that answered the current round (live "23 de 31 responderam"). */
  answered: number
  tallies: number[][]
  correct: number[] | null
  explanation: string | null
  version: number
}

export const QUIZ_ACTIONS = ['open', 'close', 'reveal', 'reset'] as const
export type QuizAction = typeof QUIZ_ACTIONS[number]

/**
 * Presenter only. `open`: a new (or idle) question → round 1 open; the current question closed after
 * round 1 → round 2 open. `close`: open → closed. `reveal`: closed → revealed. `reset`: the question's
 * answers are deleted and it goes back to idle (a rehearsal).
 */
export const QuizControlPayload = v.strictObject({
  room: RoomId,
  question: QuestionId,
  action: v.picklist(QUIZ_ACTIONS),
})

/** Student only; one answer per device per round, replaced until the round closes. */
export const QuizAnswerPayload = v.strictObject({
  room: RoomId,
  question: QuestionId,
  round: v.picklist([1, 2] as const),
  choices: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5))), v.minLength(1), v.maxLength(6)),
})

export type QuizControlRequest = v.InferOutput<typeof QuizControlPayload>
export type QuizAnswerRequest = v.InferOutput<typeof QuizAnswerPayload>

/** The device's own answer to the current round, sent to it after a join (a reloaded phone). */
export interface QuizMine { room: string, question: string, round: Round, choices: number[] }

export type QuizError = 'invalid' | 'not-presenter' | 'not-student' | 'unknown-question' | 'phase' | 'closed' | 'storage'
export type QuizFailure = Refusal<QuizError>
export type QuizControlAck = Reply<{ state: QuizState }, QuizError>
/** Sent only after the answer is written to storage: then the phone shows "resposta registrada". */
export type QuizAnswerAck = Reply<{ answer: QuizMine }, QuizError>

export interface QuizClientToServer {
  'quiz:control': (payload: QuizControlRequest, ack: (reply: QuizControlAck) => void) => void
  'quiz:answer': (payload: QuizAnswerRequest, ack: (reply: QuizAnswerAck) => void) => void
}

export interface QuizServerToClient {
  /** To everyone in the room on every change (answered counts at most 4 times a second), and after a join. */
  'quiz:state': (state: QuizState) => void
  /** To one device after its join, when it already answered the current round. */
  'quiz:mine': (mine: QuizMine) => void
}

export const QUIZ_EVENTS = { control: 'quiz:control', answer: 'quiz:answer', state: 'quiz:state', mine: 'quiz:mine' } as const

/** The anonymous device id: a random cookie the live server sets (HttpOnly), never a name. */
export const DEVICE_COOKIE = 'dd_aparelho'
