// `npm run load [-- aula-2 …] [-- --connections 50] [-- --seconds 10] [-- --report BENCHMARKS.md]`:
// serves the already built dist/ with `npm run preview`'s server (a separate process, on 127.0.0.1),
// records with Chromium what a student's browser fetches to load each whole deck, then has autocannon
// play N students loading it at once. Builds nothing; writes the figures to BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { launchChromium } from '#scripts/util/browser'
import { listDecks, pickDeck, projectRoot } from '#scripts/site/decks'
import { recordDeckAssets, staticDeckAssets } from '#scripts/load/assets'
import { renderLoadSection, summarise, upsertSection, type DeckLoad } from '#scripts/load/report'
import { distDir, siteBase } from '#scripts/site/paths'
import { cliArgs } from '#scripts/util/cli-args'
import { startTsx } from '#scripts/util/run'

const { values, positionals } = cliArgs('npm run load [-- aula-2 …] [--connections 50] [--seconds 10] [--report BENCHMARKS.md]', {
  allowPositionals: true,
  options: { connections: { type: 'string', default: '50' }, seconds: { type: 'string', default: '10' }, report: { type: 'string' } },
})
const connections = Number(values.connections)
const seconds = Number(values.seconds)
const report = values.report ?? join(projectRoot, 'BENCHMARKS.md')
const SECTION = '## Carga (npm run load)'

if (!existsSync(join(distDir(), 'index.html'))) {
  console.error(`${distDir()} não tem um site construído: rode \`npm run build\` primeiro (npm run load não constrói nada).`)
  process.exit(1)
}

const all = await listDecks()
const decks = positionals.length ? positionals.map(wanted => pickDeck(all, wanted)) : all
const base = siteBase()
const server = await startTsx('scripts/cli/preview.ts', ['--port', '0'], /Servindo .* em (http:\/\/127\.0\.0\.1:\d+)\//)
const origin = server.match[1]
console.log(`Servidor de preview em ${origin}${base} (processo ${server.child.pid}).`)

try {
  let assets: Map<string, string[]>
  try {
    const browser = await launchChromium()
    try {
      assets = new Map()
      for (const deck of decks) assets.set(deck.id, await recordDeckAssets(browser, origin, base, deck.id, deck.slideCount))
    }
    finally {
      await browser.close()
    }
  }
  catch (error) {
    console.warn(`⚠ Sem Chromium para gravar o que o navegador pede (${(error as Error).message.split('\n')[0]}); uso a lista de dist/.`)
    assets = new Map(decks.map(deck => [deck.id, staticDeckAssets(distDir(), deck.id, base)]))
  }

  const loads: DeckLoad[] = []
  for (const deck of decks) {
    const paths = assets.get(deck.id)!
    console.log(`… ${deck.id}: ${connections} alunos carregando ${paths.length} arquivos em sequência por ${seconds} s`)
    const result = await autocannon({
      url: origin,
      connections,
      duration: seconds,
      timeout: 30,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
      requests: paths.map(path => ({ method: 'GET', path })),
    })
    const load = summarise(deck.id, paths.length, result)
    loads.push(load)
    console.log(`✓ ${deck.id}: ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} erro(s), ${(load.bytesPerLoad / 2 ** 20).toFixed(2)} MiB por carga, ${load.loadsPerSecond.toFixed(1)} cargas completas/s`)
  }

  const section = renderLoadSection(loads, new Date())
  const before = existsSync(report) ? readFileSync(report, 'utf8') : '# Medidas\n'
  writeFileSync(report, upsertSection(before, SECTION, section))
  console.log(`\n${section}\n\nGravado em ${report}, seção "${SECTION}".`)
  if (loads.some(l => l.errors > 0)) process.exitCode = 1
}
finally {
  server.child.kill('SIGTERM')
}
