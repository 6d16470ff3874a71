// The live question's state on this device, written by link.ts (the live client's socket) and read
// by the components: the room's quiz:state, this device's acknowledged answer, what is in flight.
// Without a live server it stays empty and the questions work as a self-check.
import { reactive } from 'vue'
import type { QuizAction, QuizMine, QuizState } from '#server/quiz/protocol'

export interface QuizLive {
  /** The room (deck id) of the live connection; '' before it. */
  room: string
  /** The room's question in play (the last quiz:state). */
  state: QuizState | null
  /** This device's answer to the current round, as the server acknowledged it. */
  mine: QuizMine | null
  /** Choices picked and not acknowledged yet (being sent, or a multiple choice before "Enviar"). */
  draft: number[]
  pending: boolean
  /** The last answer the server refused or did not confirm, in Portuguese. */
  error?: string
  /** Presenter: a control in flight, and the last one refused. */
  controlPending: boolean
  controlError?: string
}

export const quizLive = reactive<QuizLive>({ room: '', state: null, mine: null, draft: [], pending: false, controlPending: false })

/** Replaced by link.ts once the live client is connected. */
export const quizActions = {
  answer: async (_question: string, _choices: number[]): Promise<void> => {},
  control: async (_question: string, _action: QuizAction): Promise<void> => {},
}

/** The room's state when it is about `question`, else null (that question is idle for us). */
export function stateFor(question: string): QuizState | null {
  return quizLive.state?.question === question ? quizLive.state : null
}
