// The course's one Mermaid renderer, shared by the lint and the build: the project's mermaid in
// Chromium (scripts/mermaid/render.ts) with the course themes, behind the disk cache.
// Why Chromium for both, not mermaid.parse in happy-dom for the lint: the build has to lay each
// diagram out in a real browser anyway (text measurement), a second parser in another DOM could
// accept what the browser rejects, and the lint's renders land in the cache the build then reads.
import { palettes as coursePalettes } from '#client/palette'
import { cached, diagramKey, diskCache, type RenderCache } from './cache'
import { createChromiumRenderer, mermaidVersion, type RawRender } from './render'
import { themeConfigs, type Palettes } from './theme'

export type DiagramRenderer = (code: string) => Promise<{ id: string, result: RawRender }>

export interface DiagramOptions {
  cache?: RenderCache
  palettes?: Palettes
  render?: (id: string, code: string) => Promise<RawRender>
}

export interface Diagrams {
  palettes: Palettes
  /** Renders (or reads back) a diagram; throws MermaidSyntaxError when Mermaid rejects it. */
  render: DiagramRenderer
}

export function courseDiagrams(options: DiagramOptions = {}): Diagrams {
  const palettes = options.palettes ?? coursePalettes
  const themes = themeConfigs(palettes)
  const render = options.render ?? createChromiumRenderer(themes).render
  return { palettes, render: cached(options.cache ?? diskCache(), code => diagramKey(code, mermaidVersion, themes), render) }
}
