// The load figures: from autocannon's result to the table in BENCHMARKS.md.
import { cpus, platform, release, totalmem } from 'node:os'
import type { Result } from 'autocannon'

export interface DeckLoad {
  deck: string
  /** Requests in one whole-deck load (the page and its assets). */
  files: number
  connections: number
  seconds: number
  requests: number
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  bytes: number
  /** Bytes one student downloads to load the whole deck, as served. */
  bytesPerLoad: number
  /** Whole-deck loads the server completed per second. */
  loadsPerSecond: number
}

export function summarise(deck: string, files: number, result: Result): DeckLoad {
  const requests = result.requests.total
  const loads = requests / files
  return {
    deck,
    files,
    connections: result.connections,
    seconds: result.duration,
    requests,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    bytes: result.throughput.total,
    bytesPerLoad: loads > 0 ? result.throughput.total / loads : 0,
    loadsPerSecond: loads / result.duration,
  }
}

const number = (n: number, digits = 0) => n.toLocaleString('pt-BR', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const mib = (bytes: number) => number(bytes / 2 ** 20, 2)

export function machine(): string {
  const cpu = cpus()
  return `${cpu[0]?.model.trim() ?? 'CPU desconhecida'} (${cpu.length} núcleos), ${number(totalmem() / 2 ** 30, 1)} GiB RAM, ${platform()} ${release()}, Node ${process.versions.node}`
}

/** The body of the `## Carga (npm run load)` section. */
export function renderLoadSection(loads: DeckLoad[], when: Date, where = machine()): string {
  const rows = loads.map(l => `| ${l.deck} | ${l.files} | ${mib(l.bytesPerLoad)} | ${number(l.requestsPerSecond)} | ${number(l.p50)} | ${number(l.p99)} | ${l.errors} | ${number(l.requests)} | ${mib(l.bytes / l.seconds)} | ${number(l.loadsPerSecond, 1)} |`)
  const connections = loads[0]?.connections ?? 0
  const seconds = Math.round(loads[0]?.seconds ?? 0)
  return [
    `Medido em ${when.toISOString().slice(0, 10)} (${when.toISOString().slice(11, 16)} UTC) numa máquina ${where}.`,
    '',
    `\`npm run load\` serve o \`dist/\` já construído com o mesmo servidor de \`npm run preview\` (em 127.0.0.1) e simula ${connections} alunos`,
    `carregando ao mesmo tempo a aula inteira: cada conexão pede, em sequência e sem parar, a página da aula e todos os arquivos que o navegador`,
    `busca ao abri-la e ao passar por todos os slides (lista gravada com o Chromium). ${seconds} s por aula, com autocannon.`,
    '',
    '| aula | arquivos por carga | MiB por carga | req/s | latência p50 (ms) | latência p99 (ms) | erros | requisições | MiB/s | cargas completas/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'Leitura: "cargas completas/s" é quantos alunos por segundo o servidor consegue atender do zero (aula inteira, sem cache);',
    'na sala, a rede (Wi-Fi) limita antes do servidor: multiplique "MiB por carga" pelo número de alunos para saber o volume a transferir.',
    'Os números dependem da máquina e do que mais roda nela; rode `npm run load` de novo para medir a sua.',
  ].join('\n')
}

/** Puts `body` under `heading` in a Markdown file's text, replacing that section or appending it. */
export function upsertSection(markdown: string, heading: string, body: string): string {
  const section = `${heading}\n\n${body.trim()}\n`
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => line.trim() === heading)
  if (start < 0) return `${markdown.trimEnd()}${markdown.trim() ? '\n\n' : ''}${section}`
  let end = lines.findIndex((line, i) => i > start && /^##?\s/.test(line))
  if (end < 0) end = lines.length
  const after = lines.slice(end).join('\n')
  return `${lines.slice(0, start).join('\n')}${start ? '\n' : ''}${section}${after ? `\n${after}` : ''}`
}
