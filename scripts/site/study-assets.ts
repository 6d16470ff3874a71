// Study mode's files in the built site: the browser scripts (client/study/, bundled by esbuild into
// study/), the web app manifest, the deck pages' hook, and the one service worker (sw.js at the
// site base) with its precache plan: the shell, each aula and the PDFs as separate groups.
//
// Why a hand-made plan on Workbox's PrecacheController rather than vite-plugin-pwa or Slidev's
// `pwa:`: those precache everything a build emits when the worker installs, per deck (four workers,
// four scopes, no landing page or PDFs). Here ONE worker covers the whole course, and what it
// downloads follows the classroom: the aula on screen first, the rest only when idle or asked.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { build } from 'esbuild'
import { course } from '#course'
import { palettes } from '#client/palette'
import { PDFS, SHELL, type PlanEntry, type PrecachePlan } from '#client/study/precache-plan'
import { projectRoot } from './decks'

const STUDY_DIR = 'study'
const ENTRIES = ['landing', 'deck', 'reader'] as const

/** The browser scripts: `${base}study/{landing,deck,reader}.js` and their shared chunks. */
export async function bundleStudyScripts(siteDir: string): Promise<void> {
  await build({
    entryPoints: ENTRIES.map(name => join(projectRoot, 'client/study', `${name}.ts`)),
    outdir: join(siteDir, STUDY_DIR),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  })
}

export function webManifest(base: string): string {
  return JSON.stringify({
    name: course.name,
    short_name: course.name,
    description: 'As aulas do curso em slides, modo leitura e PDFs, também sem internet.',
    lang: course.lang,
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: palettes.light.bg,
    theme_color: palettes.light.primary,
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/icon-512-maskable.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }, null, 2)
}

/** The tags every study page carries in its <head>. */
export function studyHead(base: string): string {
  return `<link rel="manifest" href="${base}manifest.webmanifest"><meta name="theme-color" content="${palettes.light.primary}">`
}

/** A deck's index.html with the manifest and the study hook (search key, reader link, offline). */
export function injectDeckStudy(html: string, base: string): string {
  if (html.includes(`${base}${STUDY_DIR}/deck.js`)) return html
  return html.replace('</head>', `${studyHead(base)}<script type="module" src="${base}${STUDY_DIR}/deck.js"></script>\n</head>`)
}

function walk(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  }
  catch {
    return []
  }
  return entries.flatMap(e => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

/** Never precached: compressed twins, host files, the students' build, the worker itself. */
const SKIP = /(?:\.br|\.gz|\/_redirects|\/\.nojekyll|\/sw\.js)$/

/** The group a site file belongs to (its path relative to the site, with `/`), or undefined. */
export function groupOf(path: string, deckIds: string[]): string | undefined {
  const top = path.split('/')[0]
  if (SKIP.test(`/${path}`) || top === 'alunos' || top.startsWith('__')) return undefined
  if (deckIds.includes(top)) return top
  if (top === 'pdf') return path.endsWith('.pdf') ? PDFS : undefined
  return SHELL
}

export function precachePlan(siteDir: string, base: string, deckIds: string[]): PrecachePlan {
  const groups: Record<string, PlanEntry[]> = {}
  const bytes: Record<string, number> = {}
  for (const file of walk(siteDir).sort()) {
    const path = relative(siteDir, file).split(sep).join('/')
    const group = groupOf(path, deckIds)
    if (!group) continue
    const data = readFileSync(file)
    ;(groups[group] ??= []).push({ url: `${base}${path}`, revision: createHash('sha256').update(data).digest('hex').slice(0, 16) })
    bytes[group] = (bytes[group] ?? 0) + statSync(file).size
  }
  const version = createHash('sha256').update(JSON.stringify(groups)).digest('hex').slice(0, 16)
  return { base, version, groups, bytes }
}

/** Writes sw.js with the plan of what `siteDir` holds now (call it last, after every other file). */
export async function writeServiceWorker(siteDir: string, base: string, deckIds: string[]): Promise<PrecachePlan> {
  const plan = precachePlan(siteDir, base, deckIds)
  await build({
    entryPoints: [join(projectRoot, 'client/study/sw.ts')],
    outfile: join(siteDir, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    define: { '__DD_PLAN__': JSON.stringify(plan), 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  })
  return plan
}

/** Writes the manifest (and its folder for icons). */
export function writeWebManifest(siteDir: string, base: string): void {
  mkdirSync(join(siteDir, 'icons'), { recursive: true })
  writeFileSync(join(siteDir, 'manifest.webmanifest'), webManifest(base))
}
