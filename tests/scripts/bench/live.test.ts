// The live benchmark's harness, at its smallest, as a smoke test (figures belong to
// `npm run bench:live`, not to timed tests): it starts the real server, connects students from a
// worker process, moves, storms, and reports numbers of the right shape.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runScenario } from '#scripts/bench/live-harness'
import { checkTargets, LIVE_SECTION_HEADING, renderLiveSection } from '#scripts/bench/live-report'
import { liveTarget, relayTarget } from '#scripts/bench/live-targets'
import { freePort } from '#scripts/util/free-port'

const work = mkdtempSync(join(tmpdir(), 'dd-bench-live-smoke-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const scenario = { name: 'smoke', rooms: 2, perRoom: 4, moves: 3, intervalMs: 10, storm: true }

describe('bench:live harness (smoke)', () => {
  it('drives the live server and the relay with the same students and reports every figure', async () => {
    const results = []
    for (const target of [liveTarget, relayTarget]) {
      const dir = mkdtempSync(join(work, `${target.id}-`))
      const result = await runScenario(target, scenario, await freePort(), dir)
      expect(result.students).toBe(8)
      expect(result.failedConnections).toBe(0)
      expect(result.expected).toBe(24)
      expect(result.lost).toBe(0)
      expect(result.storm?.unsettled).toBe(0)
      for (const value of [result.latency.p50, result.latency.max, result.connect.p95, result.cpuPercent, result.storm!.settledMs]) expect(Number.isFinite(value)).toBe(true)
      results.push(result)
    }
    const section = renderLiveSection(results, { date: new Date(0), seconds: 1, node: '24', load: [0, 0] })
    expect(section.startsWith(`${LIVE_SECTION_HEADING}\n`)).toBe(true)
    expect(section).toContain('| 2 salas × 4 | este servidor |')
    expect(section).toContain('| 2 salas × 4 | relay Socket.IO puro |')
    expect(checkTargets(results)).toEqual([])
  }, 120_000)
})
