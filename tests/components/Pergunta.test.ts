// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import type { QuizState } from '#server/quiz/protocol'

const nav = { isPrintMode: ref(false), currentSlideNo: ref(3), go: vi.fn() }
vi.mock('@slidev/client', () => ({ useNav: () => nav }))
vi.mock('#client/quiz/deck-questions', () => {
  const q = { id: 'a1-k', slide: 3, prompt: 'Que kernel?', options: ['Do host', 'Próprio', 'Virtual'], multiple: false }
  return { deckQuestions: [q], questionById: (id: string) => (id === q.id ? q : undefined), questionOnSlide: (n: number) => (n === 3 ? q : undefined) }
})

const { default: Pergunta } = await import('../../components/Pergunta.vue')
const { default: PerguntaAoVivo } = await import('../../components/PerguntaAoVivo.vue')
const { default: PerguntaControles } = await import('../../components/PerguntaControles.vue')
const { liveView } = await import('#client/live/store')
const { quizLive } = await import('#client/quiz/store')
const { attachQuiz } = await import('#client/quiz/link')

const props = { id: 'a1-k', slide: 3, prompt: 'Que kernel?', options: ['Do host', 'Próprio', 'Virtual'], multiple: false, correct: [0], explanation: 'Processos do host.' }
const state = (over: Partial<QuizState>): QuizState => ({ room: 'aula-1', question: 'a1-k', phase: 'open', round: 1, answered: 0, tallies: [], correct: null, explanation: null, version: 1, ...over })
const text = (el: { text: () => string }) => el.text().replace(/\s+/g, ' ').trim()

/** A Socket.IO client stand-in: records emits, lets the test answer the ack and push events. */
function fakeSocket() {
  const handlers = new Map<string, (payload: unknown) => void>()
  const emits: Array<{ event: string, payload: any, ack: (error: Error | null, reply?: unknown) => void }> = []
  const socket = {
    on: (event: string, fn: (payload: unknown) => void) => handlers.set(event, fn),
    timeout: () => ({ emit: (event: string, payload: unknown, ack: any) => emits.push({ event, payload, ack }) }),
  }
  return { socket, emits, push: (event: string, payload: unknown) => handlers.get(event)!(payload) }
}

afterEach(() => {
  Object.assign(liveView, { active: false, role: undefined, view: 'other', students: undefined })
  Object.assign(quizLive, { room: '', state: null, mine: null, draft: [], pending: false, error: undefined, controlPending: false, controlError: undefined })
  nav.isPrintMode.value = false
  document.body.innerHTML = ''
})

describe('Pergunta without a live server: the self-check', () => {
  it('options are buttons (aria-pressed); a pick marks right and wrong in words and shows the explanation', async () => {
    const w = mount(Pergunta, { props })
    const buttons = w.findAll('button.dd-q__option')
    expect(buttons.map(b => b.attributes('aria-pressed'))).toEqual(['false', 'false', 'false'])
    // A real list (axe: a role on the <ol> would orphan its <li> rows), named by the prompt.
    expect(w.get('ol').attributes('role')).toBeUndefined()
    expect(w.get('ol').attributes('aria-labelledby')).toBe(w.get('.dd-q__prompt').attributes('id'))
    expect(w.text()).not.toContain('Processos do host.')
    await buttons[1].trigger('click')
    expect(buttons[1].attributes('aria-pressed')).toBe('true')
    expect(text(w.get('[data-testid="quiz-option-A"]'))).toContain('Resposta certa')
    expect(text(w.get('[data-testid="quiz-option-B"]'))).toContain('Sua resposta: errada')
    expect(text(w.get('[data-testid="quiz-verdict"]'))).toBe('Não é essa: a resposta certa é A.')
    expect(text(w.get('[data-testid="quiz-explanation"]'))).toBe('Explicação: Processos do host.')
    await w.get('[data-testid="quiz-again"]').trigger('click')
    expect(w.find('[data-testid="quiz-verdict"]').exists()).toBe(false)
  })

  it('several right options: pick them, then "Conferir"', async () => {
    const w = mount(Pergunta, { props: { ...props, multiple: true, correct: [0, 2] } })
    expect(w.get('[data-testid="quiz-check"]').attributes('disabled')).toBeDefined()
    await w.get('[data-testid="quiz-option-A"]').trigger('click')
    await w.get('[data-testid="quiz-option-C"]').trigger('click')
    await w.get('[data-testid="quiz-check"]').trigger('click')
    expect(text(w.get('[data-testid="quiz-verdict"]'))).toBe('Certa!')
  })

  it('in print: the question and its options, no buttons, no answer', () => {
    nav.isPrintMode.value = true
    const w = mount(Pergunta, { props })
    expect(w.findAll('button')).toHaveLength(0)
    expect(text(w)).toBe('Que kernel?AOpção A: Do hostBOpção B: PróprioCOpção C: Virtual')
  })
})

describe('Pergunta live: the projector and the presenter', () => {
  it('open: "23 de 31 responderam"; closed: bars of both rounds; revealed: the answer in words', async () => {
    Object.assign(liveView, { active: true, role: 'presenter', view: 'play', students: 31 })
    quizLive.state = state({ answered: 23 })
    const w = mount(Pergunta, { props })
    expect(w.findAll('button')).toHaveLength(0)
    expect(text(w.get('[data-testid="quiz-answered"]'))).toBe('23 de 31 responderam')
    expect(w.text()).not.toContain('Resposta certa')
    quizLive.state = state({ phase: 'closed', round: 2, tallies: [[4, 6, 0], [9, 1, 0]], version: 5 })
    await nextTick()
    expect(text(w.get('[data-testid="quiz-bars-A"]'))).toBe('1ª4 · 40 %1ª rodada: 4 respostas, 40 %2ª9 · 90 %2ª rodada: 9 respostas, 90 %')
    quizLive.state = state({ phase: 'revealed', round: 2, tallies: [[4, 6, 0], [9, 1, 0]], correct: [0], explanation: 'Processos do host.', version: 6 })
    await nextTick()
    expect(text(w.get('[data-testid="quiz-option-A"]'))).toContain('Resposta certa')
    expect(text(w.get('[data-testid="quiz-explanation"]'))).toBe('Explicação: Processos do host.')
  })
})

describe('PerguntaAoVivo: the student answers through the socket', () => {
  it('"Resposta registrada" only after the ack; a refusal is said; quiz:mine restores it after a reload', async () => {
    Object.assign(liveView, { active: true, role: 'student', view: 'play' })
    const { socket, emits, push } = fakeSocket()
    attachQuiz(socket as never, 'aula-1')
    const w = mount(PerguntaAoVivo, { attachTo: document.body })
    push('quiz:state', state({ version: 2 }))
    await nextTick()
    const panel = () => document.querySelector('[data-testid="quiz-panel"]')!
    const option = (letter: string) => panel().querySelector<HTMLButtonElement>(`[data-testid="quiz-option-${letter}"]`)!
    option('B').click()
    await nextTick()
    expect(emits.map(e => [e.event, e.payload])).toEqual([['quiz:answer', { room: 'aula-1', question: 'a1-k', round: 1, choices: [1] }]])
    expect(panel().textContent).toContain('Enviando…')
    expect(panel().textContent).not.toContain('Resposta registrada')
    emits[0].ack(null, { ok: true, answer: { room: 'aula-1', question: 'a1-k', round: 1, choices: [1] } })
    await nextTick()
    expect(panel().querySelector('[data-testid="quiz-receipt"]')!.textContent!.trim()).toBe('Resposta registrada: B · você pode mudar até a votação fechar')
    option('C').click()
    emits[1].ack(null, { ok: false, error: 'closed' })
    await nextTick()
    expect(panel().querySelector('[data-testid="quiz-receipt"]')!.textContent!.trim()).toBe('A votação já fechou: esta resposta não foi registrada.')
    // A reloaded phone: the server sends the device's answer after the join.
    quizLive.mine = null
    push('quiz:mine', { room: 'aula-1', question: 'a1-k', round: 1, choices: [0] })
    quizLive.error = undefined
    await nextTick()
    expect(panel().querySelector('[data-testid="quiz-receipt"]')!.textContent).toContain('Resposta registrada: A')
    // On another slide while the round is open: a prompt to go answer.
    nav.currentSlideNo.value = 5
    await nextTick()
    expect(document.querySelector('[data-testid="quiz-panel"]')).toBeNull()
    const prompt = document.querySelector<HTMLButtonElement>('[data-testid="quiz-prompt"] button')!
    expect(prompt.textContent!.trim()).toBe('Pergunta aberta · responder (slide 3)')
    prompt.click()
    expect(nav.go).toHaveBeenCalledWith(3)
    nav.currentSlideNo.value = 3
    w.unmount()
  })
})

describe('PerguntaControles: the presenter drives the round', () => {
  it('the buttons follow the phase and send quiz:control; the results links', async () => {
    Object.assign(liveView, { active: true, role: 'presenter', view: 'presenter', students: 3 })
    const { socket, emits } = fakeSocket()
    attachQuiz(socket as never, 'aula-1')
    const w = mount(PerguntaControles, { props: { slide: 3 } })
    expect(w.findAll('.dd-qctl__btn').map(b => b.text())).toEqual(['Abrir votação'])
    await w.get('[data-testid="quiz-control-open"]').trigger('click')
    expect(emits[0].payload).toEqual({ room: 'aula-1', question: 'a1-k', action: 'open' })
    emits[0].ack(null, { ok: true, state: state({ answered: 2, version: 3 }) })
    await nextTick()
    expect(w.findAll('.dd-qctl__btn').map(b => b.text())).toEqual(['Encerrar votação', 'Recomeçar'])
    expect(text(w.get('[data-testid="quiz-answered"]'))).toBe('2 de 3 responderam')
    expect(w.findAll('[data-testid="quiz-results"]').map(a => a.attributes('href'))).toEqual(['/__resultados/aula-1.csv', '/__resultados/aula-1.md'])
    expect(mount(PerguntaControles, { props: { slide: 2 } }).html()).toBe('<!--v-if-->')
  })
})
