// The live questions over a store: the presenter's controls and the students' answers go through
// the round's rules (round.ts) and a compare-and-set on the room's quiz record, so a control and
// an answer racing (in one process or across several) settle on one order; an answer is acked only
// once the store has it.
import type { QuizStore } from '../store/store'
import type { Catalog } from './catalog'
import { deviceKey } from './device'
import type { QuizAnswerRequest, QuizControlRequest, QuizFailure, QuizMine, QuizState } from './protocol'
import { applyControl, checkAnswer, initialRecord, quizView, talliedRounds, type QuizRecord } from './round'
import { tally } from './tally'
import { keyedQueue } from '../queue'
import { createRecall, type Recalled } from './recall'

export type ControlOutcome = { ok: true, state: QuizState, changed: boolean } | QuizFailure
export type AnswerOutcome = { ok: true, answer: QuizMine } | QuizFailure

export interface Quiz {
  /** What the room is shown now. */
  state(room: string): Promise<QuizState>
  /** The device's answer to the round in play, if it gave one. */
  mine(room: string, device: string): Promise<QuizMine | undefined>
  control(request: QuizControlRequest): Promise<ControlOutcome>
  answer(request: QuizAnswerRequest, device: string): Promise<AnswerOutcome>
  /** Writes back what this process knows into a store that lost it (server/quiz/recall.ts). */
  heal(): Promise<Recalled>
}

const ATTEMPTS = 5
const fail = (error: QuizFailure['error']): QuizFailure => ({ ok: false, error })

export function createQuiz(store: QuizStore, catalog: Catalog, now: () => number = Date.now): Quiz {
  const recall = createRecall()
  const record = async (room: string): Promise<QuizRecord> => {
    const stored = await store.getQuiz(room)
    return stored ? recall.seen(stored) : initialRecord(room, now())
  }
  // A closed round's tally cannot change until the presenter's next control (a new version).
  const tallies = new Map<string, number[]>()
  async function roundTally(r: QuizRecord, round: 1 | 2, optionCount: number) {
    const key = `${r.room}\n${r.current}\n${round}\n${r.version}`
    let counts = tallies.get(key)
    if (!counts) {
      counts = tally(await store.answersOf(r.room, r.current!, round), optionCount)
      if (tallies.size > 200) tallies.clear()
      tallies.set(key, counts)
    }
    return counts
  }

  async function state(room: string): Promise<QuizState> {
    const r = await record(room)
    const question = catalog.find(room, r.current)
    const progress = r.current ? r.progress[r.current] : undefined
    const optionCount = question?.options.length ?? 6
    return quizView({
      record: r,
      question,
      answered: progress ? await store.countAnswers(room, r.current!, progress.round) : 0,
      tallies: await Promise.all(talliedRounds(progress).map(round => roundTally(r, round, optionCount))),
    })
  }

  // Controls of one room run one after another in this process; the version check settles the rest.
  const queued = keyedQueue()

  return {
    state,
    async mine(room, device) {
      const r = await record(room)
      const progress = r.current ? r.progress[r.current] : undefined
      if (!progress) return undefined
      const choices = await store.myAnswer(room, r.current!, progress.round, deviceKey(device))
      return choices && { room, question: r.current!, round: progress.round, choices }
    },
    async control({ room, question, action }) {
      if (!catalog.find(room, question)) return fail('unknown-question')
      return queued(room, async () => {
        try {
          for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
            const before = await record(room)
            const result = applyControl(before, question, action, now())
            if (!result.ok) return result
            if (!result.changed) return { ok: true, state: await state(room), changed: false }
            if (await store.replaceQuiz(before.version, result.record, action === 'reset' ? question : undefined)) {
              recall.seen(result.record)
              if (action === 'reset') recall.reset(room, question)
              return { ok: true, state: await state(room), changed: true }
            }
          }
          return fail('storage')
        }
        catch {
          return fail('storage')
        }
      })
    },
    async answer(request, device) {
      const question = catalog.find(request.room, request.question)
      if (!question) return fail('unknown-question')
      try {
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          const r = await record(request.room)
          const checked = checkAnswer(r, question, request)
          if (!checked.ok) return checked
          const answer = { room: request.room, question: request.question, round: request.round, choices: checked.choices }
          const stored = { ...answer, device: deviceKey(device) }
          if (await store.putAnswer(r.version, stored)) {
            recall.answered(r, stored)
            return { ok: true, answer }
          }
        }
        return fail('storage')
      }
      catch {
        return fail('storage')
      }
    },
    heal: () => recall.restore(store),
  }
}
