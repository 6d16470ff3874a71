// Mermaid's configuration for the course look, derived from the palette of client/palette.ts (the
// one source of the course colours).
import { palettes } from '#client/palette'

export type Palette = Record<string, string>
export interface Palettes { light: Palette, dark: Palette }

const REQUIRED = ['bg', 'surface', 'surface-2', 'border', 'text', 'muted', 'primary', 'accent', 'layer-rw']

/** Font stack of the slides; the render page loads Inter so text is measured as it is shown. */
export const MERMAID_FONT = 'Inter, ui-sans-serif, system-ui, sans-serif'

/** Label size of the diagrams, in SVG units (canvas pixels at the natural size). */
export const MERMAID_FONT_SIZE = 22

/** The `mermaid.initialize()` configuration for one colour scheme. */
export function mermaidConfig(palette: Palette, dark: boolean): Record<string, unknown> {
  const missing = REQUIRED.filter(name => !palette[name])
  if (missing.length) throw new Error(`client/palette.ts: faltam as cores ${missing.map(n => `--dd-${n}`).join(', ')} para os diagramas`)
  const c = (name: string) => palette[name]
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    // Flat shapes: the default "neo" look adds drop-shadow filters that Chromium rasterizes in PDFs.
    look: 'classic',
    // Fixed seed: shapes that use random curves come out the same on every render.
    handDrawnSeed: 1,
    // Labels as SVG <text> rather than HTML in <foreignObject>: plain text in the PDF, no HTML layout.
    htmlLabels: false,
    // Mermaid's default wrapping (200) breaks single words at 22 px ("contêinere|s"); a diagram
    // can still set its own in %%{init}%% or break a label with <br/>.
    flowchart: { htmlLabels: false, wrappingWidth: 250 },
    // Mermaid draws an edge label's backdrop at half opacity: the edge then strikes through its own
    // label ("pai de", "gRPC"). Opaque, the label sits on a gap in the line.
    themeCSS: '.edgeLabel rect { opacity: 1; }',
    fontFamily: MERMAID_FONT,
    themeVariables: {
      darkMode: dark,
      fontFamily: MERMAID_FONT,
      // 22 px: a label stays ≥ 20 px on the canvas when the diagram is scaled down to 90 % to fit.
      fontSize: `${MERMAID_FONT_SIZE}px`,
      background: c('bg'),
      primaryColor: c('surface'),
      primaryBorderColor: c('primary'),
      primaryTextColor: c('text'),
      secondaryColor: c('layer-rw'),
      secondaryBorderColor: c('accent'),
      secondaryTextColor: c('text'),
      tertiaryColor: c('surface-2'),
      tertiaryBorderColor: c('border'),
      tertiaryTextColor: c('text'),
      lineColor: c('muted'),
      textColor: c('text'),
      titleColor: c('text'),
      nodeTextColor: c('text'),
      edgeLabelBackground: c('bg'),
      clusterBkg: c('bg'),
      clusterBorder: c('border'),
      noteBkgColor: c('layer-rw'),
      noteTextColor: c('text'),
      noteBorderColor: c('accent'),
      actorBkg: c('surface'),
      actorBorder: c('primary'),
      actorTextColor: c('text'),
      actorLineColor: c('muted'),
      signalColor: c('text'),
      signalTextColor: c('text'),
      labelBoxBkgColor: c('surface'),
      labelBoxBorderColor: c('primary'),
      labelTextColor: c('text'),
      loopTextColor: c('text'),
      activationBkgColor: c('surface-2'),
      activationBorderColor: c('primary'),
      sequenceNumberColor: c('bg'),
    },
  }
}

export interface ThemeConfigs { light: Record<string, unknown>, dark: Record<string, unknown> }

export function themeConfigs(schemes: Palettes = palettes): ThemeConfigs {
  return { light: mermaidConfig(schemes.light, false), dark: mermaidConfig(schemes.dark, true) }
}
