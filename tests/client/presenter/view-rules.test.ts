import { describe, expect, it } from 'vitest'
import { counterText, nextFrame, nextLabel } from '#client/presenter/frame'
import { presenterKeyAction } from '#client/presenter/keys'
import { fontPercent, fontStepIndex, NOTES_FONT_STEPS, stepFont } from '#client/presenter/notes-font'

describe('next frame and counter', () => {
  it('shows the next click, then the next slide from its start, then nothing', () => {
    expect(nextFrame(3, 0, 2, 16)).toEqual({ no: 3, clicks: 1 })
    expect(nextFrame(3, 2, 2, 16)).toEqual({ no: 4, clicks: 0 })
    expect(nextFrame(16, 0, 0, 16)).toBeUndefined()
    expect(nextLabel({ no: 3, clicks: 1 }, 3)).toBe('Próximo: passo 1')
    expect(nextLabel({ no: 4, clicks: 0 }, 3)).toBe('Próximo: slide 4')
    expect(nextLabel(undefined, 16)).toBe('Próximo: fim da apresentação')
  })

  it('counts slides and steps, capping Slidev\'s "every click" value', () => {
    expect(counterText(3, 16, 0, 0)).toBe('Slide 3 de 16')
    expect(counterText(3, 16, 1, 2)).toBe('Slide 3 de 16 · passo 1 de 2')
    expect(counterText(3, 16, 999999, 2)).toBe('Slide 3 de 16 · passo 2 de 2')
  })
})

describe('presenter keys', () => {
  it('font and Home/End keys work wherever the focus is, but never while typing', () => {
    expect(presenterKeyAction({ key: '+' })).toBe('font-up')
    expect(presenterKeyAction({ key: '-', focusTag: 'BUTTON' })).toBe('font-down')
    expect(presenterKeyAction({ key: 'Home', focusTag: 'BODY' })).toBe('first')
    expect(presenterKeyAction({ key: 'End' })).toBe('last')
    expect(presenterKeyAction({ key: '+', focusTag: 'INPUT' })).toBeUndefined()
    expect(presenterKeyAction({ key: 'End', ctrlKey: true })).toBeUndefined()
  })

  it('arrows, O and G are left to Slidev, except while a button or link has the focus', () => {
    expect(presenterKeyAction({ key: 'ArrowRight', focusTag: 'BODY' })).toBeUndefined()
    expect(presenterKeyAction({ key: 'ArrowRight', focusTag: 'BUTTON' })).toBe('next')
    expect(presenterKeyAction({ key: 'PageUp', focusTag: 'a' })).toBe('prev')
    expect(presenterKeyAction({ key: 'o', focusTag: 'BUTTON' })).toBe('overview')
    expect(presenterKeyAction({ key: 'g', focusTag: 'A' })).toBe('goto')
    expect(presenterKeyAction({ key: 'ArrowLeft', focusTag: 'TEXTAREA' })).toBeUndefined()
  })
})

describe('notes font steps', () => {
  it('steps up and down within the steps, from any remembered size', () => {
    expect(stepFont(1, 1)).toBe(1.15)
    expect(stepFont(1, -1)).toBe(0.9)
    expect(stepFont(NOTES_FONT_STEPS[0], -1)).toBe(NOTES_FONT_STEPS[0])
    expect(stepFont(2.5, 1)).toBe(2.5)
    expect(fontStepIndex(1.2)).toBe(4)
    expect(fontStepIndex(9)).toBe(NOTES_FONT_STEPS.length - 1)
    expect(fontPercent(1.15)).toBe('115%')
  })
})
