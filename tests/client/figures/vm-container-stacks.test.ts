import { describe, expect, it } from 'vitest'
import { CONTAINER_VS_VM_STEPS, CONTRAST_STEP, containerStack, describeStacks, kernelCount, vmStack } from '#client/figures/vm-container-stacks'

const row = (stack: typeof vmStack, id: string) => stack.rows.find(r => r.id === id)

describe('VM and container stacks', () => {
  it('VMs: hardware, host OS with its kernel, a hosted hipervisor, then a guest OS with its own kernel and the app per VM', () => {
    expect(vmStack.rows.map(r => r.id)).toEqual(['hardware', 'host', 'hypervisor', 'guest-os', 'app'])
    expect(row(vmStack, 'host')!.boxes).toEqual([{ label: 'SO do host', detail: 'kernel', kernel: true }])
    expect(row(vmStack, 'guest-os')!.boxes).toEqual([
      { label: 'SO convidado', detail: 'kernel', kernel: true },
      { label: 'SO convidado', detail: 'kernel', kernel: true },
    ])
    expect(row(vmStack, 'app')!.boxes.map(b => b.label)).toEqual(['app A', 'app B'])
    expect(vmStack.beside).toBeUndefined()
  })

  it('containers: the same host with one shared kernel, and only the app and its libs per container', () => {
    expect(containerStack.rows.map(r => r.id)).toEqual(['hardware', 'host', 'app'])
    expect(row(containerStack, 'host')!.boxes).toEqual([{ label: 'SO do host', detail: 'kernel', kernel: true }])
    expect(containerStack.rows.filter(r => r.id !== 'host').some(r => r.boxes.some(b => b.kernel))).toBe(false)
    expect(row(containerStack, 'guest-os')).toBeUndefined()
    expect(row(containerStack, 'app')!.boxes.map(b => b.label)).toEqual(['app A', 'app B', 'app C'])
  })

  it('draws the engine beside the containers, not as a layer under them (it is not in the system-call path)', () => {
    expect(containerStack.rows.some(r => r.boxes.some(b => /Engine|Motor/.test(b.label)))).toBe(false)
    expect(containerStack.beside).toEqual({ id: 'engine', row: 'app', step: 2, box: { label: 'Docker Engine', detail: 'cria e gerencia' } })
    expect(describeStacks(2)).toMatch(/ao lado deles, o Docker Engine, que os cria e gerencia sem ficar no caminho das chamadas de sistema/)
  })

  it('counts kernels: three on the VM side (host + 2 guests), one on the container side', () => {
    expect(kernelCount(vmStack)).toBe(3)
    expect(kernelCount(containerStack)).toBe(1)
    expect(kernelCount(vmStack, 0)).toBe(1)
  })

  it('reveals VMs at click 1, containers and the engine at 2, the contrast at 3', () => {
    expect(CONTAINER_VS_VM_STEPS).toBe(3)
    expect(CONTRAST_STEP).toBe(3)
    expect(vmStack.rows.filter(r => r.step === 1).map(r => r.id)).toEqual(['hypervisor', 'guest-os', 'app'])
    expect(containerStack.rows.filter(r => r.step === 2).map(r => r.id)).toEqual(['app'])
    expect(describeStacks(0)).not.toMatch(/hipervisor/)
    expect(describeStacks(1)).toMatch(/3 kernels ao todo/)
    expect(describeStacks(1)).not.toMatch(/Docker Engine/)
    expect(describeStacks(2)).toMatch(/1 kernel ao todo/)
    expect(describeStacks(2)).not.toMatch(/gigabytes/)
    expect(describeStacks(2)).toMatch(/kernel do host, compartilhado por todos/)
    expect(describeStacks(3)).toMatch(/Imagem de VM: gigabytes, boot: minutos\. Imagem de contêiner: megabytes, início: instantâneo\./)
  })
})
