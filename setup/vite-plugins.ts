import { defineVitePluginsSetup } from '@slidev/types'
import { deckPaletteCss } from '#client/palette'
import { linkDeckPdf } from '#scripts/site/deck-pdf'
import { slidevPtPlugin } from '#scripts/site/slidev-pt'
import { slimClientPlugin } from '#scripts/site/slim-client'
import { questionIndexPlugin } from '#scripts/questions/vite-plugin'

// Smaller first download for every deck: see scripts/site/slim-client.ts.
// Slidev's own interface strings in pt-BR: see scripts/site/slidev-pt.ts.
// The course colours as `--dd-*` variables at the top of each deck's <head>, from client/palette.ts.
// `--download` links the PDF the build writes: see scripts/site/deck-pdf.ts.
export default defineVitePluginsSetup((options) => {
  linkDeckPdf(options)
  return [
    questionIndexPlugin(options), // virtual:dd-perguntas, the questions without answers
    slimClientPlugin(),
    slidevPtPlugin(),
    {
      name: 'dd-palette',
      transformIndexHtml: () => [{ tag: 'style', attrs: { id: 'dd-palette' }, children: deckPaletteCss(), injectTo: 'head-prepend' }],
    },
  ]
})
