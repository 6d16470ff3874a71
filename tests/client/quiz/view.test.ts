import { describe, expect, it } from 'vitest'
import type { QuizState } from '#server/quiz/protocol'
import { barsOf, lettersOf, questionView } from '#client/quiz/view'
import { controlsFor } from '#client/quiz/controls'
import { inlineParts } from '#client/quiz/inline'

const q = { id: 'a1-k', prompt: 'Que kernel?', options: ['Do host', 'Próprio', 'Virtual'], multiple: false, correct: [0], explanation: 'Processos do host.' }
const state = (over: Partial<QuizState>): QuizState => ({ room: 'aula-1', question: 'a1-k', phase: 'open', round: 1, answered: 0, tallies: [], correct: null, explanation: null, version: 1, ...over })
const marks = (v: ReturnType<typeof questionView>) => v.options.map(o => o.mark ?? '')

describe('self-check', () => {
  it('before a pick: buttons, no verdict; a wrong pick: both marked in words, the explanation', () => {
    expect(questionView(q, { mode: 'self', chosen: [], checked: false })).toMatchObject({ interactive: true, verdict: undefined, explanation: undefined })
    const wrong = questionView(q, { mode: 'self', chosen: [1], checked: true })
    expect(marks(wrong)).toEqual(['Resposta certa', 'Sua resposta: errada', ''])
    expect(wrong.options.map(o => o.kind)).toEqual(['right', 'wrong', undefined])
    expect(wrong).toMatchObject({ interactive: false, verdict: 'Não é essa: a resposta certa é A.', explanation: 'Processos do host.' })
  })
  it('several right options: only the exact set is right', () => {
    const many = { ...q, multiple: true, correct: [0, 2] }
    expect(questionView(many, { mode: 'self', chosen: [2, 0], checked: true }).verdict).toBe('Certa!')
    expect(questionView(many, { mode: 'self', chosen: [0], checked: true }).verdict).toBe('Não é essa: a resposta certa é A e C.')
  })
})

describe('live', () => {
  it('presenter while open: "23 de 31 responderam", no bars, no answer', () => {
    const v = questionView(q, { mode: 'presenter', state: state({ answered: 23 }), students: 31 })
    expect(v).toMatchObject({ status: 'Votação aberta · 1ª rodada', answered: '23 de 31 responderam', verdict: undefined })
    expect(v.options.every(o => !o.bars.length && !o.mark)).toBe(true)
  })
  it('closed after round 2: both rounds side by side, counts and % of each round', () => {
    const v = questionView(q, { mode: 'presenter', state: state({ phase: 'closed', round: 2, tallies: [[3, 6, 1], [8, 2, 0]] }) })
    expect(v.status).toBe('Votação encerrada · 2ª rodada')
    expect(v.options[0].bars.map(b => b.label)).toEqual(['1ª rodada: 3 respostas, 30 %', '2ª rodada: 8 respostas, 80 %'])
    expect(v.options[2].bars.map(b => [b.count, b.percent])).toEqual([[1, 10], [0, 0]])
  })
  it('revealed: the correct options from quiz:state (the students\' build has none) and its explanation', () => {
    const v = questionView({ ...q, correct: undefined, explanation: undefined }, { mode: 'student', state: state({ phase: 'revealed', round: 1, tallies: [[1, 1, 0]], correct: [1], explanation: 'Do servidor.' }) })
    expect(marks(v)).toEqual(['', 'Resposta certa', ''])
    expect(v).toMatchObject({ verdict: 'Resposta certa: B', explanation: 'Do servidor.', receipt: 'Você não respondeu nesta rodada' })
  })
  it('student: the pick shows while sending, "Resposta registrada" only with the ack, changeable until close', () => {
    const open = state({})
    expect(questionView(q, { mode: 'student', state: open, draft: [1], pending: true })).toMatchObject({ receipt: 'Enviando…', interactive: true })
    const mine = { room: 'aula-1', question: 'a1-k', round: 1 as const, choices: [1] }
    const acked = questionView(q, { mode: 'student', state: open, mine })
    expect(acked.receipt).toBe('Resposta registrada: B · você pode mudar até a votação fechar')
    expect(acked.options.map(o => o.chosen)).toEqual([false, true, false])
    // An answer to round 1 is not this device's answer to round 2.
    expect(questionView(q, { mode: 'student', state: state({ round: 2 }), mine }).receipt).toBe('Toque numa opção para responder')
    expect(questionView(q, { mode: 'student', state: state({ phase: 'closed' }), mine })).toMatchObject({ interactive: false, receipt: 'Resposta registrada: B' })
  })
})

describe('helpers', () => {
  it('bars of an empty round are 0 %, letters join in Portuguese', () => {
    expect(barsOf([[0, 0]], 2)[1][0]).toMatchObject({ count: 0, percent: 0, label: '1ª rodada: 0 respostas, 0 %' })
    expect(lettersOf([3, 0, 1])).toBe('A, B e D')
  })
  it('controls follow the phase', () => {
    const labels = (s: QuizState | null) => controlsFor(s).map(b => b.label)
    expect(labels(null)).toEqual(['Abrir votação'])
    expect(labels(state({}))).toEqual(['Encerrar votação', 'Recomeçar'])
    expect(labels(state({ phase: 'closed', round: 1 }))).toEqual(['Segunda rodada', 'Revelar resposta', 'Recomeçar'])
    expect(labels(state({ phase: 'closed', round: 2 }))).toEqual(['Revelar resposta', 'Recomeçar'])
    expect(labels(state({ phase: 'revealed', round: 2 }))).toEqual(['Recomeçar'])
  })
  it('inline Markdown: code, bold, italic; the rest is text', () => {
    expect(inlineParts('Use `docker ps` e *namespaces* **já**')).toEqual([
      { kind: 'text', text: 'Use ' }, { kind: 'code', text: 'docker ps' }, { kind: 'text', text: ' e ' },
      { kind: 'em', text: 'namespaces' }, { kind: 'text', text: ' ' }, { kind: 'strong', text: 'já' },
    ])
  })
})
