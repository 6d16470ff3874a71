// Slidev's `codeblocks` transformer for ```mermaid fences: each becomes inline SVG rendered at
// build time, so the browser never loads Mermaid. Slidev's markdown-it hands us each fence (so
// fences inside longer fences are left alone, as CommonMark says); a broken diagram stops the
// build with the deck file, line and slide.
import { relative } from 'node:path'
import { projectRoot } from '#scripts/site/decks'
import { courseDiagrams, type DiagramOptions, type DiagramRenderer, type Diagrams } from './diagrams'
import { findMermaidFences, MERMAID_INFO, parseFenceOptions } from './fences'
import { MermaidSyntaxError } from './render'
import { diagramBlock, diagramLabel, finishSvg, mergeSchemes } from './svg'
import type { Palettes } from './theme'

export class MermaidDiagramError extends Error {
  constructor(readonly where: string, message: string) {
    super(`${where}: ${message}`)
    this.name = 'MermaidDiagramError'
  }
}

/** The part of Slidev's SlideInfo used to name a fence's place. */
export interface SlideLike {
  index: number
  source: { filepath: string, start: number, raw: string }
}

/** Where a fence stands: the deck file, its 1-based line there, and the slide number. */
export interface FencePlace {
  file: string
  line: number
  slideNo: number
}

/** Finds the fence holding `code` in the slide's raw text (Slidev gives the code, not its line). */
export function placeOf(slide: SlideLike, code: string): FencePlace {
  const rel = relative(projectRoot, slide.source.filepath)
  const fence = findMermaidFences(slide.source.raw).find(f => f.code === code.replace(/\n$/, ''))
  return {
    file: rel.startsWith('..') ? slide.source.filepath : rel,
    // The raw text's first line is the file's line `start + 1`.
    line: slide.source.start + 1 + (fence?.open ?? 0),
    slideNo: slide.index + 1,
  }
}

/** The HTML for one Mermaid fence (info `mermaid {scale: 0.8}`), or an error naming its place. */
export async function renderMermaidFence(
  options: string,
  code: string,
  place: FencePlace,
  render: DiagramRenderer,
  palettes: Palettes,
): Promise<string> {
  const at = (line: number) => `${place.file}:${line} (slide ${place.slideNo})`
  let fenceOptions
  try {
    fenceOptions = parseFenceOptions(options)
  }
  catch (error) {
    throw new MermaidDiagramError(at(place.line), (error as Error).message)
  }
  const diagram = code.replace(/\n$/, '')
  if (!diagram.trim()) throw new MermaidDiagramError(at(place.line), 'bloco mermaid vazio')
  let rendered
  try {
    rendered = await render(diagram)
  }
  catch (error) {
    if (!(error instanceof MermaidSyntaxError)) throw error
    // Mermaid counts lines from the diagram's first line, the one after the fence.
    const line = error.line ? place.line + error.line : place.line
    throw new MermaidDiagramError(at(line), `diagrama Mermaid inválido\n${error.message}`)
  }
  const { result } = rendered
  const label = diagramLabel(result.labels, result.title)
  const svgs = mergeSchemes(result.light, result.dark, palettes).map(svg => finishSvg(svg, { label, ...fenceOptions }))
  return diagramBlock(svgs)
}

/** The `codeblocks` transformer for setup/transformers.ts (Slidev's own Mermaid never runs). */
export function mermaidCodeblock(options: DiagramOptions = {}) {
  let diagrams: Diagrams | undefined
  return async (ctx: { info: string, code: string, slide: SlideLike | null }): Promise<string | undefined> => {
    const info = MERMAID_INFO.exec(ctx.info)
    if (!info) return undefined
    diagrams ??= courseDiagrams(options)
    const place = ctx.slide ? placeOf(ctx.slide, ctx.code) : { file: '?', line: 0, slideNo: 0 }
    return renderMermaidFence((info[1] ?? '').trim(), ctx.code, place, diagrams.render, diagrams.palettes)
  }
}
