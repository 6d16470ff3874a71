import { describe, expect, it } from 'vitest'
import { isProjectorQrMessage } from '#client/presenter/projector'
import { isFirst, isLast, nextPosition, previousPosition } from '#client/presenter/remote'

// Three slides: 2 clicks, none, 1 click.
const clicks: Record<number, number> = { 1: 2, 2: 0, 3: 1 }
const deck = { total: 3, clicksOf: (no: number) => clicks[no] }

describe('the phone remote\'s steps', () => {
  it('"Próximo" shows the next click, then the next slide from its start, and stops at the end', () => {
    expect(nextPosition({ page: 1, clicks: 0 }, deck)).toEqual({ page: 1, clicks: 1 })
    expect(nextPosition({ page: 1, clicks: 2 }, deck)).toEqual({ page: 2, clicks: 0 })
    expect(nextPosition({ page: 2, clicks: 0 }, deck)).toEqual({ page: 3, clicks: 0 })
    expect(nextPosition({ page: 3, clicks: 1 }, deck)).toEqual({ page: 3, clicks: 1 })
  })

  it('"Anterior" shows the click before, then the slide before at its last click', () => {
    expect(previousPosition({ page: 3, clicks: 1 }, deck)).toEqual({ page: 3, clicks: 0 })
    expect(previousPosition({ page: 3, clicks: 0 }, deck)).toEqual({ page: 2, clicks: 0 })
    expect(previousPosition({ page: 2, clicks: 0 }, deck)).toEqual({ page: 1, clicks: 2 })
    expect(previousPosition({ page: 1, clicks: 0 }, deck)).toEqual({ page: 1, clicks: 0 })
  })

  it('with the steps of a slide not known yet, moves by slide and never invents clicks', () => {
    const unknown = { total: 3, clicksOf: () => undefined }
    expect(nextPosition({ page: 1, clicks: 0 }, unknown)).toEqual({ page: 2, clicks: 0 })
    expect(previousPosition({ page: 2, clicks: 0 }, unknown)).toEqual({ page: 1, clicks: 0 })
    // A room beyond the known steps (e.g. clicks=5 on a slide of 2) steps back inside them.
    expect(previousPosition({ page: 1, clicks: 5 }, deck)).toEqual({ page: 1, clicks: 2 })
  })

  it('knows the first and the last place', () => {
    expect(isFirst({ page: 1, clicks: 0 })).toBe(true)
    expect(isFirst({ page: 1, clicks: 1 })).toBe(false)
    expect(isLast({ page: 3, clicks: 1 }, deck)).toBe(true)
    expect(isLast({ page: 3, clicks: 0 }, deck)).toBe(false)
  })
})

describe('the projector message', () => {
  it('accepts only a well-formed QR message', () => {
    expect(isProjectorQrMessage({ type: 'qr', show: true, url: 'http://10.0.0.5:4173/aula-1/' })).toBe(true)
    expect(isProjectorQrMessage({ type: 'qr', show: false })).toBe(true)
    expect(isProjectorQrMessage({ type: 'qr', show: 'yes' })).toBe(false)
    expect(isProjectorQrMessage({ type: 'other', show: true })).toBe(false)
    expect(isProjectorQrMessage(null)).toBe(false)
  })
})
