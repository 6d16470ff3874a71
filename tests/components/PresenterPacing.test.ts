// @vitest-environment happy-dom
// The pacing widget over Slidev's shared timer (mocked here: a stopped, then running, clock).
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import { planFromNotes } from '#client/presenter/timing'

const status = ref<'stopped' | 'running' | 'paused'>('stopped')
const passed = ref(0)
vi.mock('@slidev/client/composables/useTimer.ts', () => ({
  useTimer: () => ({ status: computed(() => status.value), passed: computed(() => passed.value), toggle: vi.fn(), reset: vi.fn() }),
}))
vi.mock('@slidev/client/env.ts', () => ({ configs: { title: 'Aula', duration: '50min' } }))

const { default: PresenterPacing } = await import('../../components/PresenterPacing.vue')
// Spans: slide 1 [0,2), slide 2 [2,5), slide 3 [5,9).
const plan = planFromNotes(['(~2 min)', '(~3 min)', '(~4 min)'])

describe('PresenterPacing', () => {
  it('before the timer starts: the plan\'s total and how to start', () => {
    const w = mount(PresenterPacing, { props: { plan, currentNo: 1 } })
    expect(w.get('[data-testid=pacing-elapsed]').text()).toBe('0:00')
    expect(w.text()).toContain('de 50 min')
    expect(w.get('[data-testid=pacing-state]').text()).toBe('Plano de 9 min · inicie o cronômetro para ver o ritmo')
    expect(w.get('[data-testid=timer-toggle]').text()).toBe('Iniciar')
  })

  it('says behind, ahead and on time in words, with a shape for each', async () => {
    status.value = 'running'
    passed.value = 8 * 60
    const w = mount(PresenterPacing, { props: { plan, currentNo: 1 } })
    const state = () => w.get('[data-testid=pacing-state]')
    expect(state().text()).toBe('▼6 min atrasado · plano: slide 3 (5–9 min)')
    expect(state().attributes('data-status')).toBe('behind')
    expect(w.get('[data-testid=timer-toggle]').text()).toBe('Pausar')

    passed.value = 60
    await w.setProps({ currentNo: 3 })
    expect(state().text()).toBe('▲4 min adiantado · plano: slide 1 (0–2 min)')
    passed.value = 6 * 60 + 5
    await w.vm.$nextTick()
    expect(state().text()).toBe('●no ritmo · plano: slide 3 (5–9 min)')
    expect(w.get('[data-testid=pacing-elapsed]').text()).toBe('6:05')
  })

  it('without hints in the notes it says so', () => {
    const w = mount(PresenterPacing, { props: { plan: planFromNotes(['', '']), currentNo: 1 } })
    expect(w.get('[data-testid=pacing-state]').text()).toBe('Sem dicas de tempo nas notas')
  })
})
