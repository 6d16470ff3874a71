// What ContainerVsVm draws: the two stacks on the same machine, bottom to top, and the click step at
// which each part appears (slides/FONTES.md: [docker-container], [ns7], [cgroups7]). One model for
// the course: a hosted hipervisor on the host's OS; the container engine is a process BESIDE the
// containers, which creates and manages them and is not in their system-call path.

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

/** A box drawn at the end of a row, next to its boxes and not under them: the engine. */
export interface BesideBox {
  id: string
  /** The row it stands in. */
  row: string
  box: StackBox
  step: number
}

export interface Stack {
  id: 'vm' | 'container'
  title: string
  /** Bottom to top. */
  rows: StackRow[]
  beside?: BesideBox
  /** Typical figures for the contrast step (image size, start-up), kept to a word or two: the slide
   * carries at most ~50 words; the notes say the rest. */
  size: string
  startup: string
}

const perGuest = (count: number, box: StackBox): StackBox[] =>
  Array.from({ length: count }, (_, i) => ({ ...box, label: box.label.replace('#', String.fromCharCode(65 + i)) }))

export const VM_COUNT = 2
export const CONTAINER_COUNT = 3

/** The same machine under both stacks, shown from the start: the hardware and the host's OS with its kernel. */
const machine: StackRow[] = [
  { id: 'hardware', step: 0, boxes: [{ label: 'Hardware' }] },
  { id: 'host', step: 0, boxes: [{ label: 'SO do host', detail: 'kernel', kernel: true }] },
]

export const vmStack: Stack = {
  id: 'vm',
  title: 'VMs',
  rows: [
    ...machine,
    { id: 'hypervisor', step: 1, boxes: [{ label: 'Hipervisor' }] },
    { id: 'guest-os', step: 1, boxes: perGuest(VM_COUNT, { label: 'SO convidado', detail: 'kernel', kernel: true }) },
    { id: 'app', step: 1, boxes: perGuest(VM_COUNT, { label: 'app #' }) },
  ],
  size: 'gigabytes',
  startup: 'boot: minutos',
}

export const containerStack: Stack = {
  id: 'container',
  title: 'Contêineres',
  rows: [
    ...machine,
    { id: 'app', step: 2, boxes: perGuest(CONTAINER_COUNT, { label: 'app #' }) },
  ],
  beside: { id: 'engine', row: 'app', step: 2, box: { label: 'Docker Engine', detail: 'cria e gerencia' } },
  size: 'megabytes',
  startup: 'início: instantâneo',
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
  const parts = ['À esquerda, máquinas virtuais; à direita, contêineres. Embaixo, nos dois lados, o hardware e o sistema operacional do host com o seu kernel.']
  if (step >= 1) parts.push(`Do lado das VMs: um hipervisor sobre o SO do host e ${VM_COUNT} máquinas virtuais, cada uma com o seu SO convidado e kernel próprio, e a aplicação; ${kernelCount(vmStack, step)} kernels ao todo.`)
  if (step >= 2) parts.push(`Do lado dos contêineres: ${CONTAINER_COUNT} contêineres só com a aplicação e as suas bibliotecas, direto sobre o kernel do host, compartilhado por todos; ao lado deles, o Docker Engine, que os cria e gerencia sem ficar no caminho das chamadas de sistema; ${kernelCount(containerStack, step)} kernel ao todo.`)
  if (step >= CONTRAST_STEP) parts.push(`Imagem de VM: ${vmStack.size}, ${vmStack.startup}. Imagem de contêiner: ${containerStack.size}, ${containerStack.startup}.`)
  return parts.join(' ')
}
