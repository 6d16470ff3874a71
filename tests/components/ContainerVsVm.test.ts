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
    expect(vm).toBe('Máquinas virtuais SO do host kernel do host Hardware')
    expect(ct).toBe('Contêineres SO do host um kernel, compartilhado por todos Hardware')
    expect(description(w)).toBe(describeStacks(0))
  })

  it('click 1: the hypervisor and two VMs, each with a guest OS and its own kernel', async () => {
    const w = await mountAt(ContainerVsVm, 1)
    const vm = shownText(w, '[data-testid="stack-vm"]')
    expect(vm).toContain('Hipervisor')
    expect(vm.match(/SO convidado kernel próprio/g)).toHaveLength(2)
    expect(vm).toContain('app A app B bins/libs bins/libs')
    expect(shownText(w, '[data-testid="stack-container"]')).not.toContain('Motor')
    expect(shownText(w)).not.toContain('gigabytes')
  })

  it('click 2: the engine and three containers with only bins/libs and app, on the shared kernel', async () => {
    const w = await mountAt(ContainerVsVm, 2)
    const ct = shownText(w, '[data-testid="stack-container"]')
    expect(ct).toBe('Contêineres app A app B app C bins/libs bins/libs bins/libs Motor de contêineres (Docker) SO do host um kernel, compartilhado por todos Hardware')
    expect(w.findAll('.cvm__box--shared')).toHaveLength(1)
    expect(shownText(w)).not.toContain('kernels')
  })

  it('click 3 (and the PDF, at the last click): kernel count, size and start-up time', async () => {
    const w = await mountAt(ContainerVsVm, 999_999)
    expect(w.get('[data-testid="container-vs-vm"]').attributes('data-step')).toBe('3')
    expect(shownText(w, '[data-testid="stack-vm"]')).toContain('3 kernels imagem de gigabytes: um SO inteiro liga em minutos: boot de um SO')
    expect(shownText(w, '[data-testid="stack-container"]')).toContain('1 kernel imagem de megabytes: app e libs inicia em segundos ou menos: é um processo')
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
    expect(w.get('.cvm__cols').attributes('aria-hidden')).toBe('true')
    expect(w.get('figcaption').attributes('aria-live')).toBe('polite')
    expect(w.get('figcaption').classes()).toContain('sr-only')
  })
})
