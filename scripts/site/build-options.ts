// What `npm run build` makes, from the environment:
//   NOTES=off  a students-only mirror: `slidev build --without-notes`, no apostilas, no note text anywhere;
//   PDF=off    no PDFs or apostilas (quick builds, e.g. the prefix test);
//   LINT=off   skip the deck lint (only while working on the pipeline itself: it warns);
//   BASE=/x/   the site's prefix (scripts/site/paths.ts).
import { siteBase } from './paths'

export interface BuildOptions {
  base: string
  notes: boolean
  pdf: boolean
  /** Apostilas need both the PDFs' browser and the notes. */
  apostila: boolean
  lint: boolean
}

const OFF = /^(?:off|0|false|no|não|nao)$/i

export function isOff(value: string | undefined): boolean {
  return value !== undefined && OFF.test(value.trim())
}

export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const notes = !isOff(env.NOTES)
  const pdf = !isOff(env.PDF)
  return { base: siteBase(env), notes, pdf, apostila: notes && pdf, lint: !isOff(env.LINT) }
}
