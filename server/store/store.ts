// What the live server keeps across restarts and processes: each room's state and the presenter
// sessions. Two implementations with this one interface: SQLite (one process) and Redis (N processes).
import { createHash } from 'node:crypto'
import type { RoomState } from '../protocol'
import type { QuizRecord } from '../quiz/round'

/** One device's answer to one round; `device` is the hash of its cookie (deviceKey), never the cookie. */
export interface StoredAnswer { room: string, question: string, round: 1 | 2, device: string, choices: number[] }
/** An answer as results read it: nothing that tells devices apart. */
export type AnswerRow = Omit<StoredAnswer, 'device' | 'room'>

/** The live questions' part of the store (server/store/sqlite-quiz.ts, redis-quiz.ts). */
export interface QuizStore {
  getQuiz(room: string): Promise<QuizRecord | undefined>
  /**
   * Writes `next` only if the stored version is still `expectedVersion` (0 = nothing stored yet);
   * with `clear`, that question's answers are deleted in the same atomic step (a reset).
   */
  replaceQuiz(expectedVersion: number, next: QuizRecord, clear?: string): Promise<boolean>
  /**
   * Writes (or replaces) the device's answer only if the room's quiz record is still at
   * `expectedVersion`, the one the answer was checked against; resolves once durable. False: the
   * presenter changed the round meanwhile (check again).
   */
  putAnswer(expectedVersion: number, answer: StoredAnswer): Promise<boolean>
  countAnswers(room: string, question: string, round: 1 | 2): Promise<number>
  answersOf(room: string, question: string, round: 1 | 2): Promise<number[][]>
  myAnswer(room: string, question: string, round: 1 | 2, device: string): Promise<number[] | undefined>
  /** Every stored answer of a room's questions (for the results). */
  allAnswers(room: string): Promise<AnswerRow[]>
  /**
   * Writes `record` unless the store has that room's quiz at this version or newer (healing a store
   * that lost data); true when written. A question whose run (`opened`) it replaces loses that run's answers.
   */
  restoreQuiz(record: QuizRecord): Promise<boolean>
  /** Writes each answer the store lacks, never replacing one it has; resolves to how many it wrote. */
  restoreAnswers(answers: readonly StoredAnswer[]): Promise<number>
}

export interface Store extends QuizStore {
  /** `sqlite` or `redis`, for the startup line. */
  readonly kind: string
  /** The room's stored state; undefined before its first move. */
  getRoom(room: string): Promise<RoomState | undefined>
  /**
   * Writes `next` only if the stored version is still `expectedVersion` (0 = nothing stored yet).
   * Resolves once the write is durable as the store defines it; false when another write won.
   */
  replaceRoom(expectedVersion: number, next: RoomState): Promise<boolean>
  /** Writes `state` unless the store already has that room at this version or newer (healing a store that lost data); true when written. */
  restoreRoom(state: RoomState): Promise<boolean>
  createSession(id: string, expiresAt: number): Promise<void>
  hasSession(id: string, now: number): Promise<boolean>
  deleteSession(id: string): Promise<void>
  close(): Promise<void>
}

/** Sessions are stored by hash: a copy of the database holds no usable cookie. */
export const sessionKey = (id: string) => createHash('sha256').update(id).digest('base64url')
