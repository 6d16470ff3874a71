// `npm run load`'s arithmetic and bookkeeping: the figures from autocannon, the BENCHMARKS.md
// section it owns (and only that one), and the asset list read from dist/ when there is no browser.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Result } from 'autocannon'
import { afterAll, describe, expect, it } from 'vitest'
import { staticDeckAssets } from '#scripts/load/assets'
import { renderLoadSection, summarise, upsertSection } from '#scripts/load/report'

const SECTION = '## Carga (npm run load)'

describe('load figures', () => {
  const result = {
    requests: { average: 1000, total: 10_000 },
    latency: { p50: 12, p99: 80 },
    throughput: { total: 50 * 2 ** 20 },
    errors: 1,
    timeouts: 2,
    non2xx: 3,
    duration: 10,
    connections: 50,
  } as unknown as Result

  it('turns autocannon\'s result into whole-deck loads', () => {
    expect(summarise('aula-1', 50, result)).toEqual({
      deck: 'aula-1',
      files: 50,
      connections: 50,
      seconds: 10,
      requests: 10_000,
      requestsPerSecond: 1000,
      p50: 12,
      p99: 80,
      errors: 6,
      bytes: 50 * 2 ** 20,
      bytesPerLoad: 2 ** 18,
      loadsPerSecond: 20,
    })
  })

  it('renders a table row per deck, with the machine and the date', () => {
    const text = renderLoadSection([summarise('aula-1', 50, result)], new Date('2025-01-02T03:04:00Z'), 'Máquina X')
    expect(text).toContain('Medido em 2025-01-02 (03:04 UTC) numa máquina Máquina X.')
    expect(text).toContain('| aula-1 | 50 | 0,25 | 1.000 | 12 | 80 | 6 | 10.000 | 5,00 | 20,0 |')
  })
})

describe('BENCHMARKS.md section', () => {
  it('appends the section to a file that lacks it, keeping what is there', () => {
    expect(upsertSection('# Medidas\n\n## Desempenho\n\nx\n', SECTION, 'novo')).toBe('# Medidas\n\n## Desempenho\n\nx\n\n## Carga (npm run load)\n\nnovo\n')
  })

  it('replaces only its own section, before and after others', () => {
    const file = '# Medidas\n\n## Carga (npm run load)\n\nvelho\nvelho\n\n## Desempenho\n\nx\n'
    expect(upsertSection(file, SECTION, 'novo')).toBe('# Medidas\n\n## Carga (npm run load)\n\nnovo\n\n## Desempenho\n\nx\n')
    const last = '# Medidas\n\n## Desempenho\n\nx\n\n## Carga (npm run load)\n\nvelho\n'
    expect(upsertSection(last, SECTION, 'novo')).toBe('# Medidas\n\n## Desempenho\n\nx\n\n## Carga (npm run load)\n\nnovo\n')
  })
})

describe('deck assets from dist/', () => {
  const root = mkdtempSync(join(tmpdir(), 'load-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('lists the page, what it references and the assets folder, each once (not the .br/.gz copies)', () => {
    mkdirSync(join(root, 'aula-1', 'assets', 'fonts'), { recursive: true })
    writeFileSync(join(root, 'aula-1', 'index.html'), '<script src="/aula-1/assets/index.js"></script><link href="/aula-1/assets/a.css"><a href="https://x.org">x</a><link href="data:,">')
    for (const file of ['index.js', 'index.js.br', 'index.js.gz', 'a.css', 'slide-2.js', 'fonts/inter.woff2']) writeFileSync(join(root, 'aula-1', 'assets', file), '')
    expect(staticDeckAssets(root, 'aula-1', '/').sort()).toEqual([
      '/aula-1/',
      '/aula-1/assets/a.css',
      '/aula-1/assets/fonts/inter.woff2',
      '/aula-1/assets/index.js',
      '/aula-1/assets/slide-2.js',
    ])
  })
})
