// What the presenter page and the phone remote say about where the lecture is: the frame the
// "Próximo" preview shows (the next click of this slide, else the next slide at its start) and the
// counter "Slide 3 de 16 · passo 1 de 2".

export interface Frame {
  /** Slide number, from 1. */
  no: number
  /** Clicks shown on that slide. */
  clicks: number
}

/** The frame after `clicks` of `total` steps on slide `no` of a deck of `slides`; undefined at the very end. */
export function nextFrame(no: number, clicks: number, total: number, slides: number): Frame | undefined {
  if (clicks < total) return { no, clicks: clicks + 1 }
  if (no < slides) return { no: no + 1, clicks: 0 }
  return undefined
}

/** The heading of the "Próximo" panel. */
export function nextLabel(frame: Frame | undefined, currentNo: number): string {
  if (!frame) return 'Próximo: fim da apresentação'
  return frame.no === currentNo ? `Próximo: passo ${frame.clicks}` : `Próximo: slide ${frame.no}`
}

export function counterText(no: number, slides: number, clicks: number, steps: number): string {
  return `Slide ${no} de ${slides}` + (steps > 0 ? ` · passo ${Math.min(clicks, steps)} de ${steps}` : '')
}
