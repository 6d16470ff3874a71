// A Vite plugin that puts Slidev's own interface strings in pt-BR (client/presenter/slidev-strings.ts
// holds the list): each listed text is replaced in its @slidev/client file before Vue compiles it.
// A listed text that is no longer there fails the transform: a Slidev upgrade that changed its
// strings is noticed at the next build, never shipped half in English.
import type { Plugin } from 'vite'
import { SLIDEV_STRINGS } from '#client/presenter/slidev-strings'

const SLIDEV_FILE = /@slidev\/client\/((?:internals|pages)\/[\w-]+\.vue)$/

/** `code` of Slidev's `file` with its listed strings replaced; throws on a string not found. */
export function translateSlidevFile(file: string, code: string): string {
  const pairs = SLIDEV_STRINGS[file]
  if (!pairs) return code
  let out = code
  for (const [from, to] of pairs) {
    if (!out.includes(from)) throw new Error(`@slidev/client/${file} não tem mais ${from}: atualize client/presenter/slidev-strings.ts`)
    out = out.split(from).join(to)
  }
  return out
}

export function slidevPtPlugin(): Plugin {
  return {
    name: 'dd:slidev-pt',
    enforce: 'pre',
    transform(code, id) {
      const file = SLIDEV_FILE.exec(id.replaceAll('\\', '/'))?.[1]
      if (!file || !SLIDEV_STRINGS[file]) return
      return { code: translateSlidevFile(file, code), map: null }
    },
  }
}
