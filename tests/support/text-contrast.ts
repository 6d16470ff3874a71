// The contrast of every piece of text under a root element, as Chromium draws it: the computed
// text colour (any CSS colour syntax, read back through a canvas) with the opacity of the element
// and its ancestors, over the backgrounds behind it composed up to the page's. Pseudo-element
// text (`::before`/`::after` with a `content` string) counts too. WCAG 2 ratios, (L1 + 0.05) / (L2 + 0.05).
import type { Page } from 'playwright-chromium'

export interface TextContrast {
  text: string
  ratio: number
  colour: string
  background: string
}

/** Every text under the first element matching `selector`, measured in the page. */
export function textContrastsOf(page: Page, selector: string): Promise<TextContrast[]> {
  // The bundler names functions with a `__name` helper the page does not have.
  return page.evaluate(`(() => { const __name = f => f; return (${textContrasts.toString()})(document.querySelector(${JSON.stringify(selector)})) })()`) as Promise<TextContrast[]>
}

/** Runs in the page: self-contained. */
function textContrasts(root: Element): TextContrast[] {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 1
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  type Rgba = [number, number, number, number]
  const rgba = (css: string): Rgba => {
    ctx.clearRect(0, 0, 1, 1)
    ctx.fillStyle = css
    ctx.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
    return [r, g, b, a / 255]
  }
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3] + below[3] * (1 - top[3])
    if (a === 0) return [0, 0, 0, 0]
    const mix = (i: number) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a
    return [mix(0), mix(1), mix(2), a]
  }
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (c: number) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
  }
  const hex = (c: Rgba) => `#${c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('')}`
  const chain = (el: Element) => {
    const out: Element[] = []
    for (let e: Element | null = el; e; e = e.parentElement) out.push(e)
    return out
  }
  /** The backgrounds behind `el`, the page's white canvas first, composed. */
  const backgroundOf = (el: Element): Rgba =>
    chain(el).reverse().reduce<Rgba>((below, e) => over(rgba(getComputedStyle(e).backgroundColor), below), [255, 255, 255, 1])
  const opacityOf = (el: Element) => chain(el).reduce((product, e) => product * Number(getComputedStyle(e).opacity), 1)

  const measure = (el: Element, text: string, colour: string): TextContrast => {
    const background = backgroundOf(el)
    const fg = rgba(colour)
    const drawn = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], background)
    const [hi, lo] = [luminance(drawn), luminance(background)].sort((x, y) => y - x)
    return { text, ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, colour: hex(drawn), background: hex(background) }
  }

  const out: TextContrast[] = []
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden') continue
    const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent!.trim()).join(' ').trim()
    if (own) out.push(measure(el, own, style.color))
    for (const pseudo of ['::before', '::after']) {
      const content = getComputedStyle(el, pseudo).content
      // A string, or `attr(x)`: the attribute's text.
      const text = content.startsWith('attr(') ? el.getAttribute(content.slice(5, -1).trim()) : /^"(.*)"$/.exec(content)?.[1]
      if (text?.trim()) out.push(measure(el, `${pseudo} ${text.trim()}`, getComputedStyle(el, pseudo).color))
    }
  }
  return out
}
