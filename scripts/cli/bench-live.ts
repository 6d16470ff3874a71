// `npm run bench:live [-- --only live,relay,slidev] [--no-write]`: simulated students on loopback
// against this project's live server, a bare Socket.IO relay and `slidev --remote`, side by side;
// the table goes to BENCHMARKS.md (section "Aula ao vivo").
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { runScenario, type Scenario, type ScenarioResult } from '#scripts/bench/live-harness'
import { LIVE_SECTION_HEADING, renderLiveSection } from '#scripts/bench/live-report'
import { liveTarget, relayTarget, slidevTarget, type Target } from '#scripts/bench/live-targets'
import { replaceSection } from '#scripts/bench/report'
import { projectRoot } from '#scripts/site/decks'
import { freePort } from '#scripts/util/free-port'
import { cliArgs } from '#scripts/util/cli-args'

const { values } = cliArgs('npm run bench:live [-- --only live,relay,slidev] [--no-write]', { options: { 'only': { type: 'string' }, 'no-write': { type: 'boolean', default: false } } })
const only = values.only?.split(',')
const targets = [liveTarget, relayTarget, slidevTarget].filter(t => !only || only.includes(t.id))

const base = { moves: 100, intervalMs: 100, storm: true }
const scenarios: Scenario[] = [
  { name: '50', rooms: 1, perRoom: 50, ...base },
  { name: '300', rooms: 1, perRoom: 300, ...base },
  { name: '1000', rooms: 1, perRoom: 1000, ...base },
  { name: '20x50', rooms: 20, perRoom: 50, ...base },
]
// Slidev serves one deck per server: rooms do not exist there.
const applies = (target: Target, scenario: Scenario) => target.id !== 'slidev' || scenario.rooms === 1

const work = mkdtempSync(join(tmpdir(), 'dd-bench-live-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
const started = performance.now()
const loadAtStart = loadavg()[0]
const results: ScenarioResult[] = []
for (const scenario of scenarios) {
  for (const target of targets.filter(t => applies(t, scenario))) {
    console.log(`… ${target.label}: ${scenario.rooms} sala(s) × ${scenario.perRoom} alunos`)
    const dir = mkdtempSync(join(work, `${target.id}-`))
    const result = await runScenario(target, scenario, await freePort(), dir, console.log)
    console.log(`  p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms, perdidos ${result.lost}/${result.expected}`)
    results.push(result)
  }
}

const section = renderLiveSection(results, {
  date: new Date(),
  seconds: (performance.now() - started) / 1000,
  node: process.versions.node,
  load: [loadAtStart, loadavg()[0]],
})
console.log(`\n${section}`)
if (!values['no-write']) {
  const file = join(projectRoot, 'BENCHMARKS.md')
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), LIVE_SECTION_HEADING, section))
  console.log('BENCHMARKS.md atualizado (seção "Aula ao vivo").')
}
process.exit(0)
