// The presenter page's own keys, as a pure rule. Slidev's shortcuts (arrows, space, O, G) switch
// themselves off while a button or link has the focus, so a lecturer who clicked "Iniciar" would
// find the arrows dead: with the focus on one of the page's controls, this page handles them.

export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'font-up' | 'font-down' | 'overview' | 'goto'

export interface KeyInput {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  /** Tag name of the focused element (document.activeElement). */
  focusTag?: string
}

const ALWAYS: Record<string, PresenterAction> = {
  '+': 'font-up',
  '=': 'font-up',
  '-': 'font-down',
  'Home': 'first',
  'End': 'last',
}

/** Keys Slidev handles itself, except while a button or link has the focus. */
const WHEN_ON_CONTROL: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  o: 'overview',
  g: 'goto',
}

export function presenterKeyAction({ key, ctrlKey, metaKey, altKey, focusTag = '' }: KeyInput): PresenterAction | undefined {
  if (ctrlKey || metaKey || altKey) return undefined
  const tag = focusTag.toUpperCase()
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return undefined
  if (ALWAYS[key]) return ALWAYS[key]
  return tag === 'BUTTON' || tag === 'A' ? WHEN_ON_CONTROL[key] : undefined
}
