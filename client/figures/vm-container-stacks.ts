// What ContainerVsVm draws: the two stacks, bottom to top, and the click step at which each part
// appears. The `kernel` flag is what the slide is about: every VM boots its own, containers share one.

export interface StackBox {
  label: string
  /** A second line, e.g. "kernel próprio". */
  detail?: string
  kernel?: boolean
}

/** A row of the stack: one box across the whole width, or one box per VM/contêiner. */
export interface StackRow {
  id: string
  boxes: StackBox[]
  /** Click step from which the row is shown. */
  step: number
}

export interface Stack {
  id: 'vm' | 'container'
  title: string
  /** Bottom to top. */
  rows: StackRow[]
  /** Typical figures for the contrast step. */
  size: string
  startup: string
}

const perGuest = (count: number, box: StackBox): StackBox[] =>
  Array.from({ length: count }, (_, i) => ({ ...box, label: box.label.replace('#', String.fromCharCode(65 + i)) }))

export const VM_COUNT = 2
export const CONTAINER_COUNT = 3

export const vmStack: Stack = {
  id: 'vm',
  title: 'Máquinas virtuais',
  rows: [
    { id: 'hardware', step: 0, boxes: [{ label: 'Hardware' }] },
    { id: 'host', step: 0, boxes: [{ label: 'SO do host', detail: 'kernel do host', kernel: true }] },
    { id: 'hypervisor', step: 1, boxes: [{ label: 'Hipervisor' }] },
    { id: 'guest-os', step: 1, boxes: perGuest(VM_COUNT, { label: 'SO convidado', detail: 'kernel próprio', kernel: true }) },
    { id: 'libs', step: 1, boxes: perGuest(VM_COUNT, { label: 'bins/libs' }) },
    { id: 'app', step: 1, boxes: perGuest(VM_COUNT, { label: 'app #' }) },
  ],
  size: 'imagem de gigabytes: um SO inteiro',
  startup: 'liga em minutos: boot de um SO',
}

export const containerStack: Stack = {
  id: 'container',
  title: 'Contêineres',
  rows: [
    { id: 'hardware', step: 0, boxes: [{ label: 'Hardware' }] },
    { id: 'host', step: 0, boxes: [{ label: 'SO do host', detail: 'um kernel, compartilhado por todos', kernel: true }] },
    { id: 'engine', step: 2, boxes: [{ label: 'Motor de contêineres (Docker)' }] },
    { id: 'libs', step: 2, boxes: perGuest(CONTAINER_COUNT, { label: 'bins/libs' }) },
    { id: 'app', step: 2, boxes: perGuest(CONTAINER_COUNT, { label: 'app #' }) },
  ],
  size: 'imagem de megabytes: app e libs',
  startup: 'inicia em segundos ou menos: é um processo',
}

export const stacks = [vmStack, containerStack] as const

/** Clicks of the ContainerVsVm slide: VMs, contêineres, then the size/boot-time contrast. */
export const CONTAINER_VS_VM_STEPS = 3
export const CONTRAST_STEP = 3

/** How many kernels run in the stack (only counting rows shown at `step`). */
export function kernelCount(stack: Stack, step = CONTAINER_VS_VM_STEPS): number {
  return stack.rows
    .filter(row => row.step <= step)
    .reduce((n, row) => n + row.boxes.filter(box => box.kernel).length, 0)
}

/** What a screen reader hears at each step. */
export function describeStacks(step: number): string {
  const parts = ['À esquerda, máquinas virtuais; à direita, contêineres. Embaixo, nos dois lados, hardware e o sistema operacional do host com seu kernel.']
  if (step >= 1) parts.push(`Do lado das VMs: um hipervisor e ${VM_COUNT} máquinas virtuais, cada uma com seu SO convidado e kernel próprio, bins/libs e app; ${kernelCount(vmStack, step)} kernels ao todo.`)
  if (step >= 2) parts.push(`Do lado dos contêineres: o motor de contêineres e ${CONTAINER_COUNT} contêineres só com bins/libs e app, todos sobre o mesmo kernel do host; ${kernelCount(containerStack, step)} kernel ao todo.`)
  if (step >= CONTRAST_STEP) parts.push(`VM: ${vmStack.size}, ${vmStack.startup}. Contêiner: ${containerStack.size}, ${containerStack.startup}.`)
  return parts.join(' ')
}
