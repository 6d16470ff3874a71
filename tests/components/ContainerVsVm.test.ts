// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ContainerVsVm from '../../components/ContainerVsVm.vue'
import { describeStacks } from '#client/figures/vm-container-stacks'
import { clicks, description, mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

describe('ContainerVsVm', () => {
  it('click 0: only hardware and the host OS with its kernel, on both sides', async () => {
    const w = await mountAt(ContainerVsVm, 0)
    const vm = shownText(w, '[data-testid="stack-vm"]')
    const ct = shownText(w, '[data-testid="stack-container"]')
    expect(vm).toBe('VMs SO do host kernel Hardware')
    expect(ct).toBe('Contêineres SO do host kernel Hardware')
    expect(description(w)).toBe(describeStacks(0))
  })

  it('click 1: the hypervisor and two VMs, each with a guest OS and its own kernel', async () => {
    const w = await mountAt(ContainerVsVm, 1)
    const vm = shownText(w, '[data-testid="stack-vm"]')
    expect(vm).toContain('Hipervisor')
    expect(vm.match(/SO convidado kernel/g)).toHaveLength(2)
    expect(vm).toContain('app A app B SO convidado')
    expect(shownText(w, '[data-testid="stack-container"]')).not.toContain('Engine')
    expect(shownText(w)).not.toContain('gigabytes')
  })

  it('click 2: three containers straight on the shared kernel, the engine beside them', async () => {
    const w = await mountAt(ContainerVsVm, 2)
    const ct = shownText(w, '[data-testid="stack-container"]')
    expect(ct).toBe('Contêineres app A app B app C Docker Engine cria e gerencia SO do host kernel Hardware')
    // Beside: in the containers' row, after them — not a row of its own between them and the kernel.
    const appRow = w.get('[data-testid="container-app"]')
    expect(appRow.find('[data-testid="container-engine"]').exists()).toBe(true)
    expect(appRow.findAll('.cvm__box').at(-1)!.attributes('data-testid')).toBe('container-engine')
    expect(w.findAll('.cvm__box--shared')).toHaveLength(1)
    expect(shownText(w)).not.toContain('kernels')
  })

  it('click 3 (and the PDF, at the last click): kernel count, size and start-up time', async () => {
    const w = await mountAt(ContainerVsVm, 999_999)
    expect(w.get('[data-testid="container-vs-vm"]').attributes('data-step')).toBe('3')
    expect(shownText(w, '[data-testid="stack-vm"]')).toContain('3 kernels gigabytes boot: minutos')
    expect(shownText(w, '[data-testid="stack-container"]')).toContain('1 kernel megabytes início: instantâneo')
    // Read from the back of the room: the whole drawing, at the last click, stays under 50 words with the slide title.
    const words = shownText(w).split(/\s+/).filter(t => /[\p{L}\p{N}]/u.test(t))
    expect(words.length + 'Contêiner não é máquina virtual'.split(' ').length).toBeLessThanOrEqual(50)
    expect(w.findAll('.is-hidden')).toHaveLength(0)
    expect(description(w)).toBe(describeStacks(3))
  })

  it('follows the clicks back and forth', async () => {
    const w = await mountAt(ContainerVsVm, 3)
    clicks.value = 1
    await nextTick()
    expect(w.get('[data-testid="container-engine"]').classes()).toContain('is-hidden')
    expect(w.get('[data-testid="vm-hypervisor"]').classes()).not.toContain('is-hidden')
    expect(description(w)).toBe(describeStacks(1))
  })

  it('hides the drawing from screen readers and describes it in a live figcaption instead', async () => {
    const w = await mountAt(ContainerVsVm, 0)
    expect(w.get('.cvm__cols').element.closest('[aria-hidden="true"]')).not.toBeNull()
    expect(w.get('figcaption').attributes('aria-live')).toBe('polite')
    expect(w.get('figcaption').classes()).toContain('sr-only')
  })
})
