// Formats `npm run bench` results: a Markdown table (plain Slidev | this project | target) and the
// section of BENCHMARKS.md it owns, replaced in place so other sections of the file stay as they are.
import { cpus, totalmem } from 'node:os'

export const SECTION_HEADING = '## Desempenho (npm run bench)'

export interface Row {
  label: string
  plain: string
  project: string
  target?: string
  /** Whether the project meets the target (shown as ✓ / ✗). */
  ok?: boolean
}

export function seconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1).replace('.', ',')} s` : 'n/d'
}

export function millis(ms: number): string {
  return Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/d'
}

export function kibibytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1).replace('.', ',')} KiB` : 'n/d'
}

export function renderTable(rows: Row[]): string {
  const lines = [
    '| medida | Slidev padrão | este projeto | meta |',
    '|---|---:|---:|---|',
    ...rows.map(r => `| ${r.label} | ${r.plain} | ${r.project} | ${r.target ?? ''}${r.ok === undefined ? '' : r.ok ? ' ✓' : ' ✗'} |`),
  ]
  return lines.join('\n')
}

export function machineDescription(): string {
  const cpu = cpus()
  const model = cpu[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'CPU desconhecida'
  return `${model}, ${cpu.length} núcleos, ${(totalmem() / 2 ** 30).toFixed(1).replace('.', ',')} GiB de RAM`
}

/** `doc` with the section under `heading` replaced by `section` (appended when absent). */
export function replaceSection(doc: string | undefined, heading: string, section: string): string {
  const body = section.endsWith('\n') ? section : `${section}\n`
  if (!doc?.trim()) return `# Benchmarks\n\n${body}`
  const start = doc.indexOf(`${heading}\n`)
  if (start < 0) return `${doc.replace(/\n*$/, '\n\n')}${body}`
  const next = doc.slice(start + heading.length).search(/\n## /)
  const end = next < 0 ? doc.length : start + heading.length + next + 1
  return `${doc.slice(0, start)}${body}${end < doc.length ? `\n${doc.slice(end)}` : ''}`
}
