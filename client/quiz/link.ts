// Wires the live client's Socket.IO connection to the quiz store (store.ts): quiz:state and
// quiz:mine in, quiz:answer (students) and quiz:control (presenter) out, each with its ack.
// "Resposta registrada" shows only after the server acknowledged (it writes before acking).
import type { Socket } from 'socket.io-client'
import { QUIZ_EVENTS, type QuizAction, type QuizAnswerAck, type QuizClientToServer, type QuizControlAck, type QuizError, type QuizMine, type QuizServerToClient, type QuizState } from '#server/quiz/protocol'
import { quizActions, quizLive } from './store'

const ACK_TIMEOUT = 6000

export const QUIZ_ERRORS: Record<QuizError | 'timeout', string> = {
  'invalid': 'Resposta inválida: tente de novo.',
  'not-presenter': 'Só a sessão do apresentador controla a votação.',
  'not-student': 'A sessão do apresentador não responde às perguntas.',
  'unknown-question': 'O servidor não conhece esta pergunta (o site foi construído de novo?).',
  'phase': 'A votação não está aberta agora.',
  'closed': 'A votação já fechou: esta resposta não foi registrada.',
  'storage': 'O servidor não conseguiu gravar: tente de novo.',
  'timeout': 'O servidor não confirmou: tente de novo.',
}

const isState = (s: unknown, room: string): s is QuizState =>
  !!s && typeof s === 'object' && (s as QuizState).room === room && Array.isArray((s as QuizState).tallies) && typeof (s as QuizState).phase === 'string'

/** A new state: keep this device's answer and draft only while they are about the same question and round. */
export function applyState(state: QuizState): void {
  const before = quizLive.state
  // An ack and a broadcast of the same change can cross: never step back to an older state.
  if (before && state.version < before.version) return
  const sameRound = before?.question === state.question && before?.round === state.round
  quizLive.state = state
  if (quizLive.mine && (quizLive.mine.question !== state.question || quizLive.mine.round !== state.round)) quizLive.mine = null
  if (!sameRound || state.phase !== 'open') {
    if (!quizLive.pending) quizLive.draft = []
    quizLive.error = undefined
  }
}

type QuizSocket = Socket<QuizServerToClient, QuizClientToServer>

export function attachQuiz(socket: QuizSocket, room: string): void {
  quizLive.room = room
  socket.on(QUIZ_EVENTS.state, (state) => {
    if (isState(state, room)) applyState(state)
  })
  socket.on(QUIZ_EVENTS.mine, (mine: QuizMine) => {
    if (mine?.room === room && Array.isArray(mine.choices)) quizLive.mine = mine
  })

  quizActions.answer = (question, choices) => new Promise<void>((resolve) => {
    const state = quizLive.state
    if (!state || state.question !== question || state.phase !== 'open' || !state.round) return resolve()
    quizLive.pending = true
    quizLive.error = undefined
    quizLive.draft = [...choices]
    socket.timeout(ACK_TIMEOUT).emit(QUIZ_EVENTS.answer, { room, question, round: state.round, choices }, (error: Error | null, ack?: QuizAnswerAck) => {
      quizLive.pending = false
      if (ack?.ok) {
        quizLive.mine = ack.answer
        quizLive.draft = []
      }
      else quizLive.error = QUIZ_ERRORS[error || !ack ? 'timeout' : ack.error] ?? QUIZ_ERRORS.invalid
      resolve()
    })
  })

  quizActions.control = (question, action: QuizAction) => new Promise<void>((resolve) => {
    quizLive.controlPending = true
    quizLive.controlError = undefined
    socket.timeout(ACK_TIMEOUT).emit(QUIZ_EVENTS.control, { room, question, action }, (error: Error | null, ack?: QuizControlAck) => {
      quizLive.controlPending = false
      if (ack?.ok) applyState(ack.state)
      else quizLive.controlError = QUIZ_ERRORS[error || !ack ? 'timeout' : ack.error] ?? QUIZ_ERRORS.invalid
      resolve()
    })
  })
}
