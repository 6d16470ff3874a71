// The Slidev markdown transformer's logic: every ```mermaid fence of a slide becomes inline SVG
// rendered at build time, so the browser never loads Mermaid. A broken diagram stops the build
// with the deck file, line and slide.
import { relative } from 'node:path'
import { projectRoot } from '#scripts/site/decks'
import { cached, diagramKey, diskCache, type RenderCache } from './cache'
import { findMermaidFences, parseFenceOptions } from './fences'
import { createChromiumRenderer, MermaidSyntaxError, mermaidVersion, type RawRender } from './render'
import { diagramBlock, diagramLabel, finishSvg, mergeSchemes } from './svg'
import { palettes as coursePalettes } from '#client/palette'
import { themeConfigs, type Palettes } from './theme'

/** Where a slide's text comes from, for error messages. */
export interface SlideSource {
  /** Deck file, as shown to the user (`slides/aula-2.md`). */
  file: string
  /** 1-based line of the slide text's first line in that file. */
  firstLine: number
  /** Slide number in the presentation (1-based). */
  slideNo: number
}

/** The part of MagicString the transformer uses. */
export interface EditableText {
  original: string
  overwrite: (start: number, end: number, content: string) => unknown
}

export type DiagramRenderer = (code: string) => Promise<{ id: string, result: RawRender }>

export class MermaidDiagramError extends Error {
  constructor(readonly where: string, message: string) {
    super(`${where}: ${message}`)
    this.name = 'MermaidDiagramError'
  }
}

/** Replaces the slide's Mermaid fences; returns how many it replaced. */
export async function replaceMermaidFences(
  text: EditableText,
  source: SlideSource,
  render: DiagramRenderer,
  palettes: Palettes,
): Promise<number> {
  const fences = findMermaidFences(text.original)
  const blocks = await Promise.all(fences.map(async (fence) => {
    const fenceLine = source.firstLine + fence.line
    const at = (line: number) => `${source.file}:${line} (slide ${source.slideNo})`
    let options
    try {
      options = parseFenceOptions(fence.options)
    }
    catch (error) {
      throw new MermaidDiagramError(at(fenceLine), (error as Error).message)
    }
    if (!fence.code.trim()) throw new MermaidDiagramError(at(fenceLine), 'bloco mermaid vazio')
    let rendered
    try {
      rendered = await render(fence.code)
    }
    catch (error) {
      if (!(error instanceof MermaidSyntaxError)) throw error
      // Mermaid counts lines from the diagram's first line, the one after the fence.
      const line = error.line ? fenceLine + error.line : fenceLine
      throw new MermaidDiagramError(at(line), `diagrama Mermaid inválido\n${error.message}`)
    }
    const { result } = rendered
    const label = diagramLabel(result.labels, result.title)
    const svgs = mergeSchemes(result.light, result.dark, palettes).map(svg => finishSvg(svg, { label, ...options }))
    return diagramBlock(svgs)
  }))
  fences.forEach((fence, i) => {
    // Blank lines around it: markdown-it then reads the block as raw HTML, never as a paragraph.
    text.overwrite(fence.start, fence.end, `\n${blocks[i]}\n\n`)
  })
  return fences.length
}

/** Line (1-based) where `content` starts inside a slide's raw source that begins at 0-based `start`. */
export function firstLineOf(content: string, raw: string, start: number, contentStart: number): number {
  const at = raw.indexOf(content)
  if (at < 0) return contentStart + 1
  return start + 1 + (raw.slice(0, at).match(/\n/g)?.length ?? 0)
}

interface SlideLike {
  index: number
  source: { filepath: string, start: number, contentStart: number, raw: string }
}

export interface TransformerOptions {
  cache?: RenderCache
  palettes?: Palettes
  render?: (id: string, code: string) => Promise<RawRender>
}

/** The `preCodeblock` transformer for setup/transformers.ts. */
export function mermaidTransformer(options: TransformerOptions = {}) {
  let renderDiagram: DiagramRenderer | undefined
  let palettes: Palettes | undefined
  function init() {
    palettes = options.palettes ?? coursePalettes
    const themes = themeConfigs(palettes)
    const render = options.render ?? createChromiumRenderer(themes).render
    renderDiagram = cached(options.cache ?? diskCache(), code => diagramKey(code, mermaidVersion, themes), render)
  }
  return async (ctx: { s: EditableText, slide: SlideLike }) => {
    if (!ctx.s.original.includes('mermaid')) return
    if (!renderDiagram) init()
    const { source } = ctx.slide
    const file = relative(projectRoot, source.filepath)
    await replaceMermaidFences(ctx.s, {
      file: file.startsWith('..') ? source.filepath : file,
      firstLine: firstLineOf(ctx.s.original, source.raw, source.start, source.contentStart),
      slideNo: ctx.slide.index + 1,
    }, renderDiagram!, palettes!)
  }
}
