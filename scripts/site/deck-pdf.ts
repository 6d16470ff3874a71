// The download button of a built deck. `npm run build` passes Slidev's own `--download` when it
// exports PDFs; this turns it into a link to the PDF the build writes beside the decks, absolute so
// it is right from /aula-3/3 and /aula-3/presenter/3 alike. A string `download` also keeps Slidev
// from exporting a PDF of its own after the build.
import type { ResolvedSlidevOptions } from '@slidev/types'

/** The slide PDF of the deck served under `deckBase`: `/x/aula-3/` → `/x/pdf/aula-3.pdf`. */
export function deckPdfUrl(deckBase: string): string {
  const [, parent, id] = /^(.*\/)([^/]+)\/$/.exec(deckBase) ?? []
  if (!id) throw new Error(`base de aula inesperada: ${deckBase}`)
  return `${parent}pdf/${id}.pdf`
}

/** For setup/vite-plugins.ts: `slidev build --download --base /x/aula-3/` links /x/pdf/aula-3.pdf. */
export function linkDeckPdf(options: Pick<ResolvedSlidevOptions, 'download' | 'base' | 'data'>): void {
  if (options.download && options.base) options.data.config.download = deckPdfUrl(options.base)
}
