import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { percentile } from '#scripts/bench/timing'
import { distFileFor, MERMAID_CHUNK } from '#scripts/bench/deck-js'
import { plainHeadmatter } from '#scripts/bench/plain'
import { renderTable, replaceSection, SECTION_HEADING } from '#scripts/bench/report'

describe('MERMAID_CHUNK', () => {
  it('knows Mermaid\'s chunks by name, whatever Vite\'s hash says', () => {
    for (const name of ['elk-JD43GPKC-Ck2u-eTT.js', 'cytoscape.esm-CyJtwmzi.js', 'mermaid.core-B1a2C3d4.js', 'Mermaid-Dx1yZ2a3.js',
      'chunk-E5HCKRCG-V_WHXWjo.js', 'flowDiagram-NV44I4VS-BxdiP0pI.js', 'classDiagram-v2-VIXIN2NZ-C8su5opG.js',
      'architecture-LC7QOZUM-TNXEJX5V-_3j6aD4V.js', 'cose-bilkent-B4NFDV4E-DtDoMtF-.js'])
      expect(MERMAID_CHUNK.test(`/dist/aula-1/assets/${name}`), name).toBe(true)
  })

  it('leaves Slidev\'s own chunks alone, even when their hash spells "elk"', () => {
    for (const name of ['slidev/overview-BElKXwR9.js', 'SlideWrapper-BKEmTPo2.js', 'modules/shiki-E0WcJDlO.js', 'rolldown-runtime-WkwZ5CU-.js', 'md-B3sH2J3u.js'])
      expect(MERMAID_CHUNK.test(`/dist/aula-1/assets/${name}`), name).toBe(false)
  })
})

describe('distFileFor', () => {
  it('maps a same-origin .js URL under the base to its file, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'dist-'))
    mkdirSync(join(root, 'aula-1/assets'), { recursive: true })
    writeFileSync(join(root, 'aula-1/assets/index-Ab12Cd34.js'), '')
    writeFileSync(join(root, 'aula-1/assets/index-Ab12Cd34.css'), '')
    expect(distFileFor('http://h:1/x/aula-1/assets/index-Ab12Cd34.js', 'http://h:1', '/x/', root)).toBe(join(root, 'aula-1/assets/index-Ab12Cd34.js'))
    expect(distFileFor('http://h:1/x/aula-1/assets/index-Ab12Cd34.css', 'http://h:1', '/x/', root)).toBeUndefined()
    expect(distFileFor('http://other/x/aula-1/assets/index-Ab12Cd34.js', 'http://h:1', '/x/', root)).toBeUndefined()
    expect(distFileFor('http://h:1/y/aula-1/assets/index-Ab12Cd34.js', 'http://h:1', '/x/', root)).toBeUndefined()
    expect(distFileFor('http://h:1/x/aula-1/assets/missing.js', 'http://h:1', '/x/', root)).toBeUndefined()
    rmSync(root, { recursive: true })
  })
})

describe('plainHeadmatter', () => {
  it('drops the project addon and Google Fonts, keeps the rest of the deck', () => {
    const deck = '---\naddons:\n  - ./\naula: 1\ntitle: Aula 1\n---\n\n# Capa\n\n---\naddons: nope\n---\n'
    expect(plainHeadmatter(deck)).toBe('---\naula: 1\ntitle: Aula 1\nfonts:\n  provider: none\n---\n\n# Capa\n\n---\naddons: nope\n---\n')
  })
})

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(percentile(values, 50)).toBe(10)
    expect(percentile(values, 95)).toBe(19)
    expect(percentile([5], 95)).toBe(5)
    expect(percentile([], 50)).toBeNaN()
  })
})

describe('BENCHMARKS.md', () => {
  const section = `${SECTION_HEADING}\n\nnovo\n`

  it('creates the file with the section', () => {
    expect(replaceSection(undefined, SECTION_HEADING, section)).toBe(`# Benchmarks\n\n${section}`)
  })

  it('replaces only its own section, keeping the others around it', () => {
    const doc = `# Benchmarks\n\nintro\n\n${SECTION_HEADING}\n\nvelho\n| a |\n\n## Carga\n\ndados da carga\n`
    expect(replaceSection(doc, SECTION_HEADING, section)).toBe(`# Benchmarks\n\nintro\n\n${section}\n## Carga\n\ndados da carga\n`)
    const last = `# Benchmarks\n\n## Carga\n\nx\n\n${SECTION_HEADING}\n\nvelho\n`
    expect(replaceSection(last, SECTION_HEADING, section)).toBe(`# Benchmarks\n\n## Carga\n\nx\n\n${section}`)
  })

  it('appends the section when the file has only others', () => {
    expect(replaceSection('# Benchmarks\n\n## Carga\n\nx\n', SECTION_HEADING, section)).toBe(`# Benchmarks\n\n## Carga\n\nx\n\n${section}`)
  })

  it('renders the table with the target verdict', () => {
    const table = renderTable([{ label: 'JS', plain: '199 KiB', project: '152 KiB', target: '≤ 175 KiB', ok: true }, { label: 'p95', plain: '1', project: '2', target: '≤ 1', ok: false }])
    expect(table.split('\n')).toEqual([
      '| medida | Slidev padrão | este projeto | meta |',
      '|---|---:|---:|---|',
      '| JS | 199 KiB | 152 KiB | ≤ 175 KiB ✓ |',
      '| p95 | 1 | 2 | ≤ 1 ✗ |',
    ])
  })
})
