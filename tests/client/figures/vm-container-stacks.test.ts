import { describe, expect, it } from 'vitest'
import { CONTAINER_VS_VM_STEPS, CONTRAST_STEP, containerStack, describeStacks, kernelCount, vmStack } from '#client/figures/vm-container-stacks'

const row = (stack: typeof vmStack, id: string) => stack.rows.find(r => r.id === id)

describe('VM and container stacks', () => {
  it('VMs: hardware, host OS, hypervisor, then a guest OS with its own kernel, bins/libs and app per VM', () => {
    expect(vmStack.rows.map(r => r.id)).toEqual(['hardware', 'host', 'hypervisor', 'guest-os', 'libs', 'app'])
    expect(row(vmStack, 'guest-os')!.boxes).toEqual([
      { label: 'SO convidado', detail: 'kernel próprio', kernel: true },
      { label: 'SO convidado', detail: 'kernel próprio', kernel: true },
    ])
    expect(row(vmStack, 'app')!.boxes.map(b => b.label)).toEqual(['app A', 'app B'])
  })

  it('containers: one host kernel shared by all, an engine, and only bins/libs and app per container', () => {
    expect(containerStack.rows.map(r => r.id)).toEqual(['hardware', 'host', 'engine', 'libs', 'app'])
    expect(row(containerStack, 'host')!.boxes[0].detail).toMatch(/compartilhado por todos/)
    expect(row(containerStack, 'guest-os')).toBeUndefined()
    expect(row(containerStack, 'app')!.boxes.map(b => b.label)).toEqual(['app A', 'app B', 'app C'])
  })

  it('counts kernels: three on the VM side (host + 2 guests), one on the container side', () => {
    expect(kernelCount(vmStack)).toBe(3)
    expect(kernelCount(containerStack)).toBe(1)
    expect(kernelCount(vmStack, 0)).toBe(1)
  })

  it('reveals VMs at click 1, containers at 2, the contrast at 3', () => {
    expect(CONTAINER_VS_VM_STEPS).toBe(3)
    expect(CONTRAST_STEP).toBe(3)
    expect(vmStack.rows.filter(r => r.step === 1).map(r => r.id)).toEqual(['hypervisor', 'guest-os', 'libs', 'app'])
    expect(containerStack.rows.filter(r => r.step === 2).map(r => r.id)).toEqual(['engine', 'libs', 'app'])
    expect(describeStacks(0)).not.toMatch(/hipervisor/)
    expect(describeStacks(1)).toMatch(/3 kernels ao todo/)
    expect(describeStacks(2)).toMatch(/1 kernel ao todo/)
    expect(describeStacks(2)).not.toMatch(/gigabytes/)
    expect(describeStacks(3)).toMatch(/VM: imagem de gigabytes.*Contêiner: imagem de megabytes/)
  })
})
