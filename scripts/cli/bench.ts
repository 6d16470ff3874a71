// `npm run bench [-- --decks aula-1,aula-2] [--no-export] [--no-pipeline]`: builds the same decks
// the plain Slidev way and this project's way, measures both, prints them side by side and
// writes the table to BENCHMARKS.md (section "Desempenho"). Everything goes to a temp folder.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { chromiumExecutable, launchChromium } from '#scripts/util/browser'
import { firstSlideTime, nextSlideLatencies, OFFLINE_ARGS, percentile } from '#scripts/bench/timing'
import { measureDeckJs, type DeckJs } from '#scripts/bench/deck-js'
import { createPlainProject } from '#scripts/bench/plain'
import { kibibytes, machineDescription, millis, renderTable, replaceSection, seconds, SECTION_HEADING, type Row } from '#scripts/bench/report'
import { createBenchServer } from '#scripts/bench/server'
import { listDecks, projectRoot, type Deck } from '#scripts/site/decks'
import { openPrintView, printSlidesPdf } from '#scripts/export/slides-pdf'
import { listen } from '#scripts/site/server'
import { runSlidev, runTsx } from '#scripts/util/run'
import { cliArgs } from '#scripts/util/cli-args'
import { step } from '#scripts/util/progress'

const { values } = cliArgs('npm run bench [-- --decks aula-1,aula-2] [--no-export] [--no-pipeline]', {
  options: { 'decks': { type: 'string' }, 'no-export': { type: 'boolean', default: false }, 'no-pipeline': { type: 'boolean', default: false } },
})
const flag = (name: 'no-export' | 'no-pipeline') => values[name]
const decks = (await listDecks()).filter(d => !values.decks || values.decks.split(',').includes(d.id))
const work = mkdtempSync(join(tmpdir(), 'dd-bench-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
const started = performance.now()
const loadAtStart = loadavg()[0]

type Variant = 'plain' | 'project'
const VARIANTS: Variant[] = ['plain', 'project']
interface DeckResult { build: number, coldBuild: number, export: number, js?: DeckJs, firstSlide: number, latencies: number[] }
const results: Record<Variant, Map<string, DeckResult>> = { plain: new Map(), project: new Map() }
const dist = { plain: join(work, 'plain-dist'), project: join(work, 'project-dist') }
const plainSlides = createPlainProject(join(work, 'plain'))

async function timed(job: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await job()
  return performance.now() - t0
}

function result(variant: Variant, deck: Deck): DeckResult {
  let r = results[variant].get(deck.id)
  if (!r) results[variant].set(deck.id, r = { build: Number.NaN, coldBuild: Number.NaN, export: Number.NaN, firstSlide: Number.NaN, latencies: [] })
  return r
}

// 1. Builds, one at a time so the times compare. This project's twice: first with an empty diagram
//    cache (what a fresh clone pays: each diagram rendered once), then as usual (cache warm).
const coldCache = join(work, 'mermaid-cache')
const build = (file: string, deck: Deck, out: string, env: NodeJS.ProcessEnv = {}) => timed(async () => {
  rmSync(out, { recursive: true, force: true })
  await runSlidev(['build', file, '--base', `/${deck.id}/`, '--out', out], { quiet: true, env })
})
for (const deck of decks) {
  const out = { plain: join(dist.plain, deck.id), project: join(dist.project, deck.id) }
  result('plain', deck).build = await step(`Slidev padrão: build ${deck.id}`, () => build(join(plainSlides, `${deck.id}.md`), deck, out.plain))
  result('project', deck).coldBuild = await step(`este projeto: build ${deck.id}, cache de diagramas vazio`, () => build(deck.relativeFile, deck, out.project, { DD_MERMAID_CACHE: coldCache }))
  result('project', deck).build = await step(`este projeto: build ${deck.id}`, () => build(deck.relativeFile, deck, out.project, { DD_MERMAID_CACHE: coldCache }))
}

// 2. Browser measurements on both built sites, served compressed like a real host.
const ids = decks.map(d => d.id)
const servers = { plain: createBenchServer(dist.plain, ids), project: createBenchServer(dist.project, ids) }
const origins = { plain: await listen(servers.plain), project: await listen(servers.project) }
const browser: Browser = await launchChromium({ args: OFFLINE_ARGS })
const chromiumVersion = browser.version()
try {
  for (const variant of VARIANTS) {
    for (const deck of decks) {
      const r = result(variant, deck)
      const deckUrl = `${origins[variant]}/${deck.id}/`
      await step(`${variant === 'plain' ? 'Slidev padrão' : 'este projeto'}: ${deck.id} no navegador`, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
        r.js = await measureDeckJs({ context, origin: origins[variant], siteBase: '/', root: dist[variant], deckId: deck.id, slideCount: deck.slideCount })
        await context.close()
        r.firstSlide = await firstSlideTime(browser, `${deckUrl}1`)
        r.latencies = await nextSlideLatencies(browser, deckUrl, deck.slideCount, 1)
      })
    }
  }

  // 3. Slide PDFs: `slidev export` for plain Slidev; this project prints its built SPA's print view.
  if (!flag('no-export')) {
    const executable = chromiumExecutable()
    for (const deck of decks) {
      result('plain', deck).export = await step(`Slidev padrão: slidev export ${deck.id}`, () => timed(() => runSlidev([
        'export', join(plainSlides, `${deck.id}.md`), '--output', join(work, `plain-${deck.id}.pdf`), '--executable-path', executable, '--timeout', '60000',
      ], { quiet: true })))
      result('project', deck).export = await step(`este projeto: PDF ${deck.id}`, () => timed(async () => {
        const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
        const { page, box } = await openPrintView(context, `${origins.project}/${deck.id}/`, deck.slideCount)
        await printSlidesPdf(page, box, join(work, `project-${deck.id}.pdf`))
        await context.close()
      }))
    }
  }
}
finally {
  await browser.close()
  for (const server of Object.values(servers)) server.close()
}

// 4. The whole pipeline, as `npm run build` runs it (4 SPAs + PDFs + apostilas), into a temp dist.
let pipeline = Number.NaN
let pipelineError = ''
if (!flag('no-pipeline')) {
  pipeline = await step('este projeto: npm run build (pipeline completo)', () => timed(() => runPipeline(join(work, 'pipeline-dist'))))
    .catch((error: Error) => {
      pipelineError = error.message.split('\n').slice(-3).join(' ')
      return Number.NaN
    })
}

async function runPipeline(distDir: string): Promise<void> {
  await runTsx('scripts/cli/build.ts', [], { quiet: true, env: { DIST_DIR: distDir } })
}

// 5. The table.
const sum = (variant: Variant, pick: (r: DeckResult) => number) => decks.reduce((total, d) => total + pick(result(variant, d)), 0)
const max = (variant: Variant, pick: (r: DeckResult) => number) => Math.max(...decks.map(d => pick(result(variant, d))))
const maxAddition = (r: DeckResult) => Math.max(0, ...(r.js?.perSlide.slice(1).map(s => s.gzip) ?? []))
const allLatencies = (variant: Variant) => decks.flatMap(d => result(variant, d).latencies)
const both = (format: (v: number) => string, pick: (variant: Variant) => number) => ({ plain: format(pick('plain')), project: format(pick('project')) })

const rows: Row[] = []
for (const deck of decks) rows.push({ label: `build ${deck.id}`, ...both(seconds, v => result(v, deck).build) })
rows.push({ label: `build das ${decks.length} aulas, uma após a outra`, ...both(seconds, v => sum(v, r => r.build)) })
rows.push({ label: `idem, com o cache de diagramas vazio (clone novo)`, plain: seconds(sum('plain', r => r.build)), project: seconds(sum('project', r => r.coldBuild)) })
if (!flag('no-export'))
  rows.push({ label: `PDF dos slides, ${decks.length} aulas (padrão: slidev export; projeto: visão de impressão do SPA)`, ...both(seconds, v => sum(v, r => r.export)) })
for (const deck of decks) {
  const firstJs = both(kibibytes, v => result(v, deck).js?.firstSlide.gzip ?? Number.NaN)
  rows.push({ label: `JS gzip para mostrar o slide 1 — ${deck.id}`, ...firstJs, target: '≤ 175 KiB', ok: (result('project', deck).js?.firstSlide.gzip ?? Infinity) <= 175 * 1024 })
}
rows.push({ label: 'JS gzip, maior acréscimo ao passar a um slide (pior aula)', ...both(kibibytes, v => max(v, maxAddition)) })
for (const deck of decks) {
  const r = result('project', deck)
  rows.push({
    label: `JS gzip após visitar todos os slides — ${deck.id}`,
    ...both(kibibytes, v => result(v, deck).js?.allSlides.gzip ?? Number.NaN),
    target: '≤ 1,3 × slide 1',
    ok: !!r.js && r.js.allSlides.gzip <= 1.3 * r.js.firstSlide.gzip,
  })
}
rows.push({ label: 'arquivos Mermaid/ELK/cytoscape baixados (todas as aulas)', ...both(String, v => decks.reduce((n, d) => n + (result(v, d).js?.mermaid.length ?? 0), 0)), target: '0', ok: decks.every(d => result('project', d).js?.mermaid.length === 0) })
for (const deck of decks)
  rows.push({ label: `primeiro slide, rede 1,6 Mbps / 150 ms e CPU 4× — ${deck.id}`, ...both(seconds, v => result(v, deck).firstSlide), target: '≤ 3 s', ok: result('project', deck).firstSlide <= 3000 })
rows.push({ label: 'próximo slide (tecla → slide pintado, todas as aulas, CPU normal), mediana', ...both(millis, v => percentile(allLatencies(v), 50)) })
rows.push({ label: 'próximo slide, p95', ...both(millis, v => percentile(allLatencies(v), 95)), target: '≤ 100 ms', ok: percentile(allLatencies('project'), 95) <= 100 })
if (!flag('no-pipeline')) {
  rows.push({
    label: `pipeline completo: ${decks.length} SPAs + PDFs + apostilas (padrão: build + slidev export, em sequência; projeto: npm run build)`,
    plain: flag('no-export') ? 'n/d' : seconds(sum('plain', r => r.build + r.export)),
    project: pipelineError ? `falhou (${pipelineError.slice(0, 80)})` : seconds(pipeline),
    target: '≤ 90 s',
    ok: pipeline <= 90_000,
  })
}

const slidevVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@slidev/cli/package.json'), 'utf8')).version
const mermaidVersion = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('mermaid/package.json'), 'utf8')).version
const decimal = (n: number) => n.toFixed(1).replace('.', ',')
const date = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date())
const section = [
  SECTION_HEADING,
  '',
  `Medido em ${date} (UTC) — ${machineDescription()}; Node ${process.versions.node}, Slidev ${slidevVersion}, mermaid ${mermaidVersion}, Chromium ${chromiumVersion}. `
  + `O benchmark levou ${seconds(performance.now() - started)}; carga média da máquina no início ${decimal(loadAtStart)}, no fim ${decimal(loadavg()[0])}.`,
  '',
  renderTable(rows),
  '',
  '- **Slidev padrão**: as mesmas aulas e componentes num projeto à parte, sem o addon do curso (sem o',
  '  cabeçalho compartilhado, sem os diagramas pré-renderizados, sem o cliente enxuto, sem os estilos); só as',
  '  fontes do Google desligadas, para funcionar offline. O Mermaid roda no navegador.',
  '- **JS gzip**: cada .js pedido pelo navegador, comprimido com zlib a partir do dist (número exato, igual em toda',
  '  execução). O slide 1 conta tudo até a rede ficar ociosa, com a pré-carga de todos os slides (3 s após a',
  '  abertura) adiada até o fim do passeio; ela entra em "após visitar todos os slides".',
  '- **Próximo slide**: seta para baixo (próximo slide, pulando os cliques) até o slide novo pintado, com a aula',
  '  já toda carregada; CPU sem redução (com a CPU 4× mais lenta a mediana fica perto de 100 ms nesta máquina).',
  '- **Tempos** variam com a carga da máquina (compartilhada); os bytes não. Os diagramas ficam em cache',
  '  (node_modules/.cache/dd-mermaid): só um diagrama novo ou alterado abre o Chromium no build. Servidor local',
  '  com gzip (HTTP/1.1), como uma hospedagem estática.',
  '',
].join('\n')

console.log(`\n${renderTable(rows)}\n`)
const file = join(projectRoot, 'BENCHMARKS.md')
writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : undefined, SECTION_HEADING, section))
console.log(`Tabela gravada em BENCHMARKS.md (seção "${SECTION_HEADING.slice(3)}").`)
