// Turns the two renders of a diagram (light and dark) into the one inline SVG a slide shows:
// colours that differ between schemes become CSS variables switched by `html.dark` (the `--dd-*`
// palette where they match it), the SVG gets a text alternative and scales to fit its slide.
import type { Palettes } from './theme'

// Hex only at 3/4/6/8 digits and not followed by a name character: `#dd-x` is an id, not a colour.
const COLOR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|rgba?\([^)]*\)|hsla?\([^)]*\)/gi

function hex2(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0')
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  return [f(0) * 255, f(8) * 255, f(4) * 255]
}

/** `#abc`, `rgb(…)`, `rgba(…)`, `hsl(…)` → `#rrggbb` (or `#rrggbbaa` when not opaque). */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase()
  let rgb: number[]
  let alpha = 1
  if (c.startsWith('#')) {
    let h = c.slice(1)
    if (h.length === 3 || h.length === 4) h = [...h].map(x => x + x).join('')
    if (h.length === 8) return h.endsWith('ff') ? `#${h.slice(0, 6)}` : `#${h}`
    return `#${h}`
  }
  const nums = (c.match(/-?[\d.]+%?/g) ?? []).map(v => v.endsWith('%') ? Number.parseFloat(v) / 100 : Number.parseFloat(v))
  // Percentages are already fractions here (hsl's saturation and lightness always are).
  if (c.startsWith('hsl')) rgb = hslToRgb(nums[0], nums[1], nums[2])
  else rgb = nums.slice(0, 3)
  if (nums.length > 3) alpha = nums[3]
  const base = `#${rgb.map(hex2).join('')}`
  return alpha >= 1 ? base : `${base}${hex2(alpha * 255)}`
}

interface Split { parts: string[], colors: string[] }

function splitColors(svg: string): Split {
  const parts: string[] = []
  const colors: string[] = []
  let last = 0
  for (const m of svg.matchAll(COLOR)) {
    parts.push(svg.slice(last, m.index))
    colors.push(m[0])
    last = m.index! + m[0].length
  }
  parts.push(svg.slice(last))
  return { parts, colors }
}

/** The text just before a colour, digits dropped: what must agree for two colours to pair up. */
function context(part: string): string {
  return part.slice(-24).replace(/[\d.-]+/g, '')
}

function aligned(a: Split, b: Split): boolean {
  return a.colors.length === b.colors.length && a.parts.every((part, i) => i === a.parts.length - 1 || context(part) === context(b.parts[i]))
}

/** Adds `css` at the start of the SVG's first <style> (or a new one after the root tag). */
function prependStyle(svg: string, css: string): string {
  if (/<style>/.test(svg)) return svg.replace('<style>', `<style>${css}`)
  return svg.replace(/^(<svg\b[^>]*>)/, `$1<style>${css}</style>`)
}

export function rootId(svg: string): string {
  const id = /^<svg\b[^>]*?\bid="([^"]+)"/.exec(svg)?.[1]
  if (!id) throw new Error('SVG do Mermaid sem id na raiz')
  return id
}

/**
 * One SVG for both schemes. `light` gives the markup; each colour pairs with the one at the same
 * place in `dark`. When the renders do not line up (some diagram types lay out differently in
 * dark mode), both SVGs are kept and `html.dark` shows one of them.
 */
export function mergeSchemes(light: string, dark: string, palettes: Palettes): string[] {
  const id = rootId(light)
  const darkId = rootId(dark)
  const l = splitColors(light)
  const d = splitColors(dark.replaceAll(darkId, id))
  if (!aligned(l, d)) {
    // !important: the root's inline style (display:block) would win otherwise.
    return [
      prependStyle(light, `html.dark #${id}{display:none!important}`),
      prependStyle(dark, `html:not(.dark) #${darkId}{display:none!important}`),
    ]
  }
  const privateVars = new Map<string, string>()
  const out: string[] = []
  l.colors.forEach((color, i) => {
    out.push(l.parts[i])
    const lc = normalizeColor(color)
    const dc = normalizeColor(d.colors[i])
    if (lc === dc) {
      out.push(color)
      return
    }
    const name = Object.keys(palettes.light).find(n => palettes.light[n] === lc && palettes.dark[n] === dc)
    if (name) {
      out.push(`var(--dd-${name})`)
      return
    }
    const key = `${lc} ${dc}`
    if (!privateVars.has(key)) privateVars.set(key, `--ddm-${privateVars.size}`)
    out.push(`var(${privateVars.get(key)})`)
  })
  out.push(l.parts.at(-1)!)
  let svg = out.join('')
  // Presentation attributes do not take var(): move those into the element's style.
  svg = svg.replace(/<[a-z][\w:-]*\b[^>]*\bvar\(--[^>]*>/gi, moveVarAttributesToStyle)
  if (privateVars.size) {
    const defs = (scheme: 0 | 1) => [...privateVars].map(([key, name]) => `${name}:${key.split(' ')[scheme]}`).join(';')
    svg = prependStyle(svg, `#${id}{${defs(0)}}html.dark #${id}{${defs(1)}}`)
  }
  return [svg]
}

function moveVarAttributesToStyle(tag: string): string {
  const moved: string[] = []
  let rest = tag.replace(/\s([a-z-]+)="(var\(--[\w-]+\))"/g, (_, name: string, value: string) => {
    moved.push(`${name}:${value}`)
    return ''
  })
  if (!moved.length) return tag
  if (/\sstyle="/.test(rest)) rest = rest.replace(/\sstyle="([^"]*)"/, (_, style: string) => ` style="${moved.join(';')};${style}"`)
  else rest = rest.replace(/^(<[\w:-]+)/, `$1 style="${moved.join(';')}"`)
  return rest
}

export interface FinishOptions {
  label: string
  /** Multiplies the natural size. */
  scale?: number
  /** Largest height on the slide, in canvas pixels. */
  maxHeight?: number
}

/** Default cap: what fits under a one-line slide title on the 980×552 canvas, above the footer. */
export const DEFAULT_MAX_HEIGHT = 400

/** A diagram fills its column, up to this many times its natural size (labels grow with it). */
export const MAX_UPSCALE = 1.5

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Root <svg> attributes: natural size from the viewBox, filling its column within the slide, role and label. */
export function finishSvg(svg: string, { label, scale = 1, maxHeight = DEFAULT_MAX_HEIGHT }: FinishOptions): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const viewBox = /\bviewBox="([^"]+)"/.exec(attrs)?.[1]
    const [, , w, h] = (viewBox ?? '').split(/[\s,]+/).map(Number)
    const kept = attrs.replace(/\s(width|height|style|role|aria-roledescription|aria-labelledby|aria-label)="[^"]*"/g, '')
    const natural = w > 0 && h > 0
    const size = natural ? ` width="${round(w * scale)}" height="${round(h * scale)}"` : ''
    // Fills the width it is given (up to MAX_UPSCALE) and the height left under the title; the
    // viewBox keeps the drawing's proportions inside that box.
    const fill = natural ? `width:100%;max-width:min(100%,${round(w * scale * MAX_UPSCALE)}px);` : 'max-width:100%;'
    const style = `display:block;margin:0 auto;${fill}max-height:${maxHeight}px;height:auto`
    return `<svg${kept}${size} style="${style}" role="img" aria-label="${escapeAttribute(label)}">`
  })
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/** The text alternative: the diagram's own title, else what it says, in Portuguese. */
export function diagramLabel(labels: string[], title?: string): string {
  if (title) return title
  const text = labels.join(', ')
  const short = text.length > 300 ? `${text.slice(0, 297)}…` : text
  return short ? `Diagrama: ${short}` : 'Diagrama'
}

/**
 * The Markdown that replaces the fence: one HTML block. v-html hands the SVG to the browser
 * as is (Vue would drop its <style> and compile every node).
 */
export function diagramBlock(svgs: string[]): string {
  const html = svgs.join('')
  return `<div class="dd-mermaid" v-html="${escapeAttribute(JSON.stringify(html))}"></div>`
}
