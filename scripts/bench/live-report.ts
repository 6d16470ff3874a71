// The "Aula ao vivo" section of BENCHMARKS.md from `npm run bench:live` results (written through
// the shared section writer in report.ts, so the other sections of the file stay as they are).
import { machineDescription, millis } from '#scripts/bench/report'
import type { ScenarioResult } from './live-harness'

export const LIVE_SECTION_HEADING = '## Aula ao vivo (npm run bench:live)'

const TARGET_LABEL: Record<ScenarioResult['target'], string> = {
  live: 'este servidor',
  relay: 'relay Socket.IO puro',
  slidev: 'slidev --remote',
}

const decimal = (n: number, digits = 1) => Number.isFinite(n) ? n.toFixed(digits).replace('.', ',') : 'n/d'

export interface Target { label: string, ok: boolean }

/** The issue's targets, checked against this server's results. */
export function checkTargets(results: ScenarioResult[]): Target[] {
  const live = (rooms: number, perRoom: number) => results.find(r => r.target === 'live' && r.scenario.rooms === rooms && r.scenario.perRoom === perRoom)
  const s300 = live(1, 300)
  const s1000 = live(1, 1000)
  const targets: Target[] = []
  if (s300) targets.push({ label: `300 alunos numa sala: p99 ≤ 100 ms (medido ${millis(s300.latency.p99)}) e 0 perdidos (medido ${s300.lost})`, ok: s300.latency.p99 <= 100 && s300.lost === 0 })
  if (s1000) targets.push({ label: `1.000 alunos numa sala: 0 perdidos (medido ${s1000.lost})`, ok: s1000.lost === 0 && s1000.failedConnections === 0 })
  if (s300?.storm) targets.push({ label: `tempestade de reconexão de 300: todos no slide certo em ≤ 5 s (medido ${decimal(s300.storm.settledMs / 1000)} s)`, ok: s300.storm.settledMs <= 5000 && s300.storm.unsettled === 0 })
  return targets
}

export function renderLiveSection(results: ScenarioResult[], meta: { date: Date, seconds: number, node: string, load: [number, number] }): string {
  const rows = results.map((r) => {
    const scenario = r.scenario.rooms === 1 ? `1 sala × ${r.scenario.perRoom}` : `${r.scenario.rooms} salas × ${r.scenario.perRoom}`
    const storm = r.storm ? `${decimal(r.storm.settledMs / 1000)} s${r.storm.unsettled ? ` (${r.storm.unsettled} não voltaram)` : ''}` : 'n/d'
    return `| ${scenario} | ${TARGET_LABEL[r.target]} | ${millis(r.latency.p50)} | ${millis(r.latency.p95)} | ${millis(r.latency.p99)} | ${millis(r.latency.max)} | ${r.lost} de ${r.expected}${r.failedConnections ? ` (${r.failedConnections} sem conexão)` : ''} | ${millis(r.connect.p95)} / ${decimal(r.connect.allMs / 1000)} s | ${decimal(r.cpuPercent, 0)} % | ${decimal(r.rssPerConnectionKiB)} KiB | ${storm} |`
  })
  const targets = checkTargets(results)
  const when = meta.date.toLocaleString('pt-BR', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })
  return `${LIVE_SECTION_HEADING}

Medido em ${when} (UTC) — ${machineDescription()}; Node ${meta.node}. O benchmark levou ${decimal(meta.seconds)} s; carga média da máquina no início ${decimal(meta.load[0])}, no fim ${decimal(meta.load[1])}. Servidor, alunos e apresentador na MESMA máquina (loopback): os alunos simulados disputam os 2 núcleos com o servidor.

| cenário | servidor | p50 | p95 | p99 | máx. | perdidos | conexão p95 / todos | CPU do servidor | RSS por conexão | reconexão em massa |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

${targets.map(t => `- ${t.ok ? '✓' : '✗'} ${t.label}`).join('\n')}

- **Como**: cada aluno é um \`socket.io-client\` (WebSocket) em processos de trabalho; entra na sala como o
  cliente da aula (\`room:join\`) e reentra a cada reconexão. Um apresentador por sala move ${results[0]?.scenario.moves ?? 100} vezes, uma
  a cada ${results[0]?.scenario.intervalMs ?? 100} ms, e espera o \`ack\` de cada movimento. **Latência** = do envio do movimento à chegada
  do \`room:state\` em cada aluno (relógio de alta resolução, mesma máquina). **Perdidos** = pares (aluno, movimento)
  que não chegaram em 5 s. **CPU** = tempo de CPU do processo do servidor durante os movimentos, em % de um núcleo.
  **RSS por conexão** = aumento da memória residente do servidor ao conectar todos, dividido pelo número de alunos.
  **Reconexão em massa** = todos caem e reconectam ao mesmo tempo; tempo até o último estar de novo no slide atual.
- **Este servidor** grava cada movimento no SQLite (WAL, \`synchronous=FULL\`: um fsync por movimento) antes de
  transmiti-lo, confere o cookie, valida cada mensagem e limita a taxa de cada aluno. O **relay puro** não faz
  nada disso (estado em memória, sem validação): é o piso do próprio Socket.IO neste harness.
- **slidev --remote**: o apresentador faz \`POST /@server-reactive/nav\` (o que o cliente do Slidev faz ao trocar de
  slide) e os alunos escutam o WebSocket de HMR do Vite (\`vite-hmr\`), onde o plugin \`vite-plugin-vue-server-ref\`
  retransmite o \`nav\`. **Comparável**: latência, perdas, tempo de conexão, CPU e memória do processo servidor.
  **Não comparável**: o Slidev serve uma aula por servidor (não há "20 salas"); não tem entrada na sala nem
  confirmação do movimento; na reconexão o cliente real do Vite **recarrega a página inteira** — aqui conta-se só
  reabrir o WebSocket e ler o módulo \`/@server-reactive/nav\` (que traz a posição), o mínimo que ele faria; e
  qualquer um que alcance o servidor pode mover a aula (a senha do modo remoto só é conferida no navegador).
  O processo do Slidev é o servidor de desenvolvimento (Vite) inteiro, por isso a memória não é só das conexões.
- Não medido aqui: o tempo até o slide **pintado** num navegador real (8 contextos do Chromium) — depende do
  cliente da aula (client/live/), fora deste benchmark.
`
}
