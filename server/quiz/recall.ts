// What this process has seen of the live questions — each room's newest quiz record and every
// answer it acknowledged — to write back into a store that came back empty (a Redis restarted
// without persistence). Several processes each write back their own part; the store keeps the
// newest record and never lets a remembered answer replace one it already has.
import type { QuizStore, StoredAnswer } from '../store/store'
import type { QuizRecord } from './round'

export interface Recalled { questions: number, answers: number }

export interface Recall {
  /** Notes a record read from or written to the store; returns it. */
  seen(record: QuizRecord): QuizRecord
  /** Notes an answer the store acknowledged, checked against `record`. */
  answered(record: QuizRecord, answer: StoredAnswer): void
  /** Forgets a question's answers (its reset deleted them). */
  reset(room: string, question: string): void
  /**
   * Writes back each room's record unless the store has it as new, then the answers of the runs the
   * store's record still has (same `opened`, a round it has reached): never answers a reset deleted.
   */
  restore(store: QuizStore): Promise<Recalled>
}

interface Remembered { answer: StoredAnswer, opened: number | undefined }

export function createRecall(): Recall {
  const records = new Map<string, QuizRecord>()
  const answers = new Map<string, Remembered>()
  const keyOf = (a: StoredAnswer) => `${a.room}\n${a.question}\n${a.round}\n${a.device}`

  return {
    seen(record) {
      const known = records.get(record.room)
      if (!known || record.version >= known.version) records.set(record.room, record)
      return record
    },
    answered(record, answer) {
      answers.set(keyOf(answer), { answer, opened: record.progress[answer.question]?.opened })
    },
    reset(room, question) {
      for (const [key, { answer }] of answers) if (answer.room === room && answer.question === question) answers.delete(key)
    },
    async restore(store) {
      const done: Recalled = { questions: 0, answers: 0 }
      for (const known of records.values()) {
        if (await store.restoreQuiz(known)) done.questions++
        const stored = await store.getQuiz(known.room)
        const still = [...answers.values()].filter(({ answer: a, opened }) => {
          const progress = a.room === known.room ? stored?.progress[a.question] : undefined
          return !!progress && progress.opened === opened && a.round <= progress.round
        })
        done.answers += await store.restoreAnswers(still.map(r => r.answer))
      }
      return done
    },
  }
}
