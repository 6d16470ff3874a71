// The round's state machine and the tallies without a network, from given states.
import { describe, expect, it } from 'vitest'
import type { Question, QuizAction } from '#server/quiz/protocol'
import { applyControl, checkAnswer, initialRecord, quizView, talliedRounds, type QuizRecord } from '#server/quiz/round'
import { isCorrect, summarize, tally } from '#server/quiz/tally'

const q = (id: string, correct = [0], options = 3): Question => ({
  id, deck: 'aula-1', slide: 4, prompt: `Pergunta ${id}?`, options: Array.from({ length: options }, (_, i) => `opção ${i + 1}`), correct, explanation: `Porque ${id}.`,
})
const A = q('a1-a')
const start = initialRecord('aula-1', 1000)

/** Applies the steps in order; every one must succeed. */
function run(record: QuizRecord, ...steps: [string, QuizAction][]): QuizRecord {
  for (const [question, action] of steps) {
    const result = applyControl(record, question, action, 2000)
    if (!result.ok) throw new Error(`${action} ${question}: ${result.error}`)
    record = result.record
  }
  return record
}
const answer = (round: 1 | 2, choices: number[], question = 'a1-a') => ({ room: 'aula-1', question, round, choices })

describe('the round', () => {
  it('goes round 1 → closed → round 2 → closed → revealed, version + 1 per step', () => {
    const phases: string[] = []
    let record = start
    for (const action of ['open', 'close', 'open', 'close', 'reveal'] as const) {
      record = run(record, ['a1-a', action])
      const p = record.progress['a1-a']
      phases.push(`${p.phase}${p.round}`)
    }
    expect(phases).toEqual(['open1', 'closed1', 'open2', 'closed2', 'revealed2'])
    expect(record).toMatchObject({ current: 'a1-a', version: 5 })
  })

  it('refuses steps out of order with a phase error', () => {
    const open1 = run(start, ['a1-a', 'open'])
    const closed2 = run(open1, ['a1-a', 'close'], ['a1-a', 'open'], ['a1-a', 'close'])
    const revealed = run(closed2, ['a1-a', 'reveal'])
    expect(applyControl(start, 'a1-a', 'close', 0)).toEqual({ ok: false, error: 'phase' })
    expect(applyControl(start, 'a1-a', 'reveal', 0)).toEqual({ ok: false, error: 'phase' })
    expect(applyControl(open1, 'a1-a', 'reveal', 0)).toEqual({ ok: false, error: 'phase' })
    expect(applyControl(closed2, 'a1-a', 'open', 0)).toEqual({ ok: false, error: 'phase' })
    expect(applyControl(revealed, 'a1-a', 'open', 0)).toEqual({ ok: false, error: 'phase' })
    expect(applyControl(revealed, 'a1-a', 'close', 0)).toEqual({ ok: false, error: 'phase' })
    // A question not in play cannot be closed or revealed.
    expect(applyControl(open1, 'a1-b', 'close', 0)).toEqual({ ok: false, error: 'phase' })
  })

  it('lets a repeated open, close or reveal (two presenter devices) change nothing', () => {
    const open1 = run(start, ['a1-a', 'open'])
    expect(applyControl(open1, 'a1-a', 'open', 0)).toEqual({ ok: true, changed: false, record: open1 })
    const closed = run(open1, ['a1-a', 'close'])
    expect(applyControl(closed, 'a1-a', 'close', 0)).toEqual({ ok: true, changed: false, record: closed })
    const revealed = run(closed, ['a1-a', 'reveal'])
    expect(applyControl(revealed, 'a1-a', 'reveal', 0)).toEqual({ ok: true, changed: false, record: revealed })
  })

  it('reveals straight after round 1 (the class got it: no second round)', () => {
    expect(run(start, ['a1-a', 'open'], ['a1-a', 'close'], ['a1-a', 'reveal']).progress['a1-a']).toEqual({ phase: 'revealed', round: 1, opened: 1 })
  })

  it('closes an open question when another one opens, and keeps each question\'s progress', () => {
    const record = run(start, ['a1-a', 'open'], ['a1-b', 'open'])
    expect(record.current).toBe('a1-b')
    expect(record.progress).toEqual({ 'a1-a': { phase: 'closed', round: 1, opened: 1 }, 'a1-b': { phase: 'open', round: 1, opened: 2 } })
    // Back to the first one: its round 2 opens, the other one is closed.
    const back = run(record, ['a1-a', 'open'])
    expect(back.progress).toEqual({ 'a1-a': { phase: 'open', round: 2, opened: 1 }, 'a1-b': { phase: 'closed', round: 1, opened: 2 } })
    // A finished question just comes back into play.
    const done = run(back, ['a1-a', 'close'], ['a1-a', 'reveal'], ['a1-b', 'open'], ['a1-a', 'open'])
    expect(done).toMatchObject({ current: 'a1-a', progress: { 'a1-a': { phase: 'revealed', round: 2 } } })
  })

  it('resets a question to idle (its answers go with it), wherever it was', () => {
    const revealed = run(start, ['a1-a', 'open'], ['a1-a', 'close'], ['a1-a', 'reveal'])
    const reset = run(revealed, ['a1-a', 'reset'])
    expect(reset).toMatchObject({ current: 'a1-a', progress: {}, version: revealed.version + 1 })
    // A new run of the question: `opened` tells its answers from the ones the reset deleted.
    expect(run(reset, ['a1-a', 'open']).progress['a1-a']).toEqual({ phase: 'open', round: 1, opened: reset.version + 1 })
  })

  it('never lets time run backwards in updatedAt', () => {
    const later = { ...start, updatedAt: 5000 }
    const result = applyControl(later, 'a1-a', 'open', 4000)
    expect(result.ok && result.record.updatedAt).toBe(5000)
  })
})

describe('answers', () => {
  const open1 = run(start, ['a1-a', 'open'])
  const closed1 = run(open1, ['a1-a', 'close'])
  const open2 = run(closed1, ['a1-a', 'open'])

  it('are taken for the open round of the question in play, choices normalised', () => {
    expect(checkAnswer(open1, A, answer(1, [2]))).toEqual({ ok: true, choices: [2] })
    expect(checkAnswer(open2, A, answer(2, [0]))).toEqual({ ok: true, choices: [0] })
    const multi = q('a1-m', [0, 2], 4)
    const withMulti = run(start, ['a1-m', 'open'])
    expect(checkAnswer(withMulti, multi, answer(1, [2, 0], 'a1-m'))).toEqual({ ok: true, choices: [0, 2] })
  })

  it('are refused once the round is closed, before it opens, or for another question', () => {
    expect(checkAnswer(start, A, answer(1, [0]))).toEqual({ ok: false, error: 'phase' })
    expect(checkAnswer(open1, A, answer(2, [0]))).toEqual({ ok: false, error: 'phase' })
    expect(checkAnswer(closed1, A, answer(1, [0]))).toEqual({ ok: false, error: 'closed' })
    expect(checkAnswer(open2, A, answer(1, [0]))).toEqual({ ok: false, error: 'closed' })
    expect(checkAnswer(open1, q('a1-b'), answer(1, [0], 'a1-b'))).toEqual({ ok: false, error: 'phase' })
  })

  it('must name existing options, each once, and one only when one is correct', () => {
    expect(checkAnswer(open1, A, answer(1, [3]))).toEqual({ ok: false, error: 'invalid' })
    expect(checkAnswer(open1, A, answer(1, [1, 1]))).toEqual({ ok: false, error: 'invalid' })
    expect(checkAnswer(open1, A, answer(1, [0, 1]))).toEqual({ ok: false, error: 'invalid' })
  })
})

describe('what the room is shown', () => {
  it('no question before the first open', () => {
    expect(quizView({ record: start, question: undefined, answered: 0, tallies: [] })).toEqual({
      room: 'aula-1', question: null, phase: 'idle', round: 0, answered: 0, tallies: [], correct: null, explanation: null, version: 0,
    })
  })

  it('tallies only of closed rounds, the answer only once revealed', () => {
    const open1 = run(start, ['a1-a', 'open'])
    const open2 = run(open1, ['a1-a', 'close'], ['a1-a', 'open'])
    const revealed = run(open2, ['a1-a', 'close'], ['a1-a', 'reveal'])
    expect(talliedRounds(open1.progress['a1-a'])).toEqual([])
    expect(talliedRounds(open2.progress['a1-a'])).toEqual([1])
    expect(talliedRounds(revealed.progress['a1-a'])).toEqual([1, 2])
    expect(quizView({ record: open2, question: A, answered: 7, tallies: [[3, 5, 1]] })).toMatchObject({
      question: 'a1-a', phase: 'open', round: 2, answered: 7, tallies: [[3, 5, 1]], correct: null, explanation: null,
    })
    expect(quizView({ record: revealed, question: A, answered: 9, tallies: [[3, 5, 1], [8, 1, 0]] })).toMatchObject({
      phase: 'revealed', correct: [0], explanation: 'Porque a1-a.',
    })
  })

  it('an idle question in play after a reset shows nothing of the old rounds', () => {
    const reset = run(start, ['a1-a', 'open'], ['a1-a', 'close'], ['a1-a', 'reset'])
    expect(quizView({ record: reset, question: A, answered: 4, tallies: [[1, 2, 3]] })).toMatchObject({ question: 'a1-a', phase: 'idle', round: 0, answered: 0, tallies: [] })
  })
})

describe('tallies', () => {
  it('count each option, several choices counting once each', () => {
    expect(tally([[0], [2], [0], [0, 2], [1]], 3)).toEqual([3, 1, 2])
    expect(tally([], 4)).toEqual([0, 0, 0, 0])
  })

  it('count an answer right only when it is exactly the correct set', () => {
    expect(isCorrect([1], [1])).toBe(true)
    expect(isCorrect([0, 2], [2, 0])).toBe(true)
    expect(isCorrect([0], [0, 2])).toBe(false)
    expect(isCorrect([0, 1, 2], [0, 2])).toBe(false)
  })

  it('summarise a round: devices, counts, right answers and the percentage', () => {
    expect(summarize([[0], [1], [0], [2]], 3, [0])).toEqual({ devices: 4, counts: [2, 1, 1], right: 2, percentRight: 50 })
    expect(summarize([[0], [1], [1]], 3, [1]).percentRight).toBe(66.7)
    expect(summarize([], 3, [0])).toEqual({ devices: 0, counts: [0, 0, 0], right: 0, percentRight: null })
  })
})
