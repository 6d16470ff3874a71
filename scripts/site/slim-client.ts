// A Vite plugin that trims and speeds up what Slidev's client ships (measured with `npm run bench`;
// see BENCHMARKS.md). Build only: the dev server keeps Slidev's defaults.
//  - Slidev aliases `vue` to the full build, template compiler included (≈ 18 KiB gzip on slide 1);
//    every template here is compiled at build time, so the runtime-only build is enough.
//  - the client's logic/utils.ts takes parseRangeString from `@slidev/parser/core`, which drags
//    the whole `yaml` package into the first chunk (≈ 9 KiB gzip); `@slidev/parser/utils` has it alone.
//  - index.html preloads only the entry's imports; the play view and slide 1 (and their CSS) are
//    found one round trip later each. Linking them up front takes ≈ 0.4 s off the first slide on
//    a slow network (1.6 Mbps, 150 ms) — same bytes, fewer round trips.
import { createRequire } from 'node:module'
import type { HtmlTagDescriptor, Plugin } from 'vite'

const require = createRequire(import.meta.url)

/** Module ids whose chunks (and their static imports) slide 1 needs right after the entry. */
export const FIRST_VIEW = [/\/pages\/play\.vue$/, /\/@slidev\/slides\/1\/md$/, /__slidev_1\.md$/]

export interface ChunkLike {
  type: 'chunk' | 'asset'
  fileName: string
  imports?: string[]
  facadeModuleId?: string | null
  viteMetadata?: { importedCss: Set<string> }
}

/** Chunks to modulepreload: the first view's static import graph, minus what the entry already preloads. */
export function firstViewPreloads(bundle: Record<string, ChunkLike>, entryFile: string): string[] {
  const chunks = new Map(Object.values(bundle).filter(c => c.type === 'chunk').map(c => [c.fileName, c]))
  const graph = (roots: string[]) => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file) || !chunks.has(file)) return
      seen.add(file)
      for (const dep of chunks.get(file)!.imports ?? []) visit(dep)
    }
    roots.forEach(visit)
    return seen
  }
  const entry = graph([entryFile])
  const roots = [...chunks.values()].filter(c => c.facadeModuleId && FIRST_VIEW.some(re => re.test(c.facadeModuleId!))).map(c => c.fileName)
  return [...graph(roots)].filter(file => !entry.has(file)).sort()
}

export function slimClientPlugin(): Plugin {
  const runtimeVue = require.resolve('vue/dist/vue.runtime.esm-bundler.js')
  let base = '/'
  return {
    name: 'dd:slim-client',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base
    },
    async resolveId(source, importer) {
      if (source.endsWith('/vue/dist/vue.esm-bundler.js')) return runtimeVue
      if (source === '@slidev/parser/core' && importer?.includes('/@slidev/client/'))
        return this.resolve('@slidev/parser/utils', importer, { skipSelf: true })
      return null
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] | undefined {
        if (!ctx.bundle || !ctx.chunk) return undefined
        const bundle = ctx.bundle as Record<string, ChunkLike>
        const files = firstViewPreloads(bundle, ctx.chunk.fileName)
        // Their CSS as plain stylesheets: Vite's loader sees them in the page and does not wait for them again.
        const css = [...new Set(files.flatMap(file => [...(bundle[file]?.viteMetadata?.importedCss ?? [])]))]
        return [
          ...files.map(file => ({ rel: 'modulepreload', file })),
          ...css.map(file => ({ rel: 'stylesheet', file })),
        ].map(({ rel, file }): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel, crossorigin: true, href: `${base}${file}` }, injectTo: 'head' }))
      },
    },
  }
}
