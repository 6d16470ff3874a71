// One scenario of `npm run bench:live`: start a target server, connect the students from worker
// processes, let a presenter per room move `moves` times, and measure delivery latency, losses,
// connect time, the server's CPU and memory, and optionally the reconnect storm.
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { percentile } from '#scripts/bench/timing'
import type { FromWorker, ToWorker } from './live-students'
import type { Target } from './live-targets'

const tsxLoader = createRequire(import.meta.url).resolve('tsx')
const workerFile = fileURLToPath(new URL('./live-students.ts', import.meta.url))
const now = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

export interface Scenario {
  name: string
  rooms: number
  perRoom: number
  moves: number
  /** Pause between two moves of a presenter. */
  intervalMs: number
  storm: boolean
}

export interface Stats { p50: number, p95: number, p99: number, max: number }

export interface ScenarioResult {
  scenario: Scenario
  target: Target['id']
  students: number
  failedConnections: number
  connect: Stats & { allMs: number }
  latency: Stats
  expected: number
  lost: number
  /** Server CPU while the presenters moved, in % of one core. */
  cpuPercent: number
  rssPerConnectionKiB: number
  storm?: { settledMs: number, unsettled: number }
}

const stats = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN }
}

/** utime + stime of a process, in ms (Linux /proc; 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function rssBytes(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) * 1024
}

class Worker {
  child: ChildProcess
  ready: Promise<unknown>
  private waiting: ((m: FromWorker) => void)[] = []
  constructor() {
    this.child = fork(workerFile, [], { execArgv: ['--import', tsxLoader], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    this.ready = new Promise(resolve => this.waiting.push(resolve))
    this.child.on('message', (m: FromWorker) => this.waiting.shift()?.(m))
  }

  ask<T extends FromWorker['type']>(message: ToWorker, timeoutMs = 120_000): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker sem resposta a ${message.type}`)), timeoutMs)
      this.waiting.push((m) => {
        clearTimeout(timer)
        resolve(m as Extract<FromWorker, { type: T }>)
      })
      this.child.send(message)
    })
  }

  close() {
    this.child.send({ type: 'close' } satisfies ToWorker)
    setTimeout(() => this.child.kill('SIGKILL'), 3000).unref()
  }
}

/** Runs `scenario` against `target`; `work` is a temp folder, `port` a free loopback port. */
export async function runScenario(target: Target, scenario: Scenario, port: number, work: string, log: (line: string) => void = () => {}): Promise<ScenarioResult> {
  const rooms = Array.from({ length: scenario.rooms }, (_, i) => `aula-${i + 1}`)
  const students = scenario.rooms * scenario.perRoom
  const server = await target.start(rooms, port, work)
  const workers: Worker[] = []
  const presenters: Awaited<ReturnType<typeof server.presenter>>[] = []
  try {
    await sleep(500)
    const rss0 = rssBytes(server.pid)
    const workerCount = Math.min(4, Math.ceil(students / 250))
    for (let i = 0; i < workerCount; i++) workers.push(new Worker())
    await Promise.all(workers.map(w => w.ready))
    const share = Math.ceil(students / workerCount)
    const connectStart = now()
    const connected = await Promise.all(workers.map((w, i) => w.ask<'connected'>({
      type: 'connect', url: server.url, rooms, count: Math.max(0, Math.min(share, students - i * share)), offset: i * share, slidevToken: server.slidevToken,
    })))
    const allMs = now() - connectStart
    const connectMs = connected.flatMap(c => c.connectMs)
    const failedConnections = connected.reduce((n, c) => n + c.failed, 0)
    await sleep(500)
    const rssPerConnectionKiB = (rssBytes(server.pid) - rss0) / Math.max(1, students - failedConnections) / 1024
    log(`  ${students - failedConnections}/${students} conectados em ${Math.round(allMs)} ms`)

    for (const room of rooms) presenters.push(await server.presenter(room))
    const sentAt = new Map<string, number>()
    const versions: Record<string, { version: number, page: number }> = {}
    const cpu0 = cpuMs(server.pid)
    const moveStart = now()
    for (let i = 0; i < scenario.moves; i++) {
      const page = i + 2
      await Promise.all(rooms.map(async (room, r) => {
        sentAt.set(`${room}:${page}`, now())
        versions[room] = { version: await presenters[r].move(page), page }
      }))
      await sleep(scenario.intervalMs)
    }
    const expected = scenario.moves * (students - failedConnections)
    let arrivals: Record<string, number[]> = {}
    const count = () => Object.entries(arrivals).reduce((n, [key, list]) => n + (sentAt.has(key) ? list.length : 0), 0)
    for (let wait = 0; wait < 10; wait++) {
      const parts = await Promise.all(workers.map(w => w.ask<'arrivals'>({ type: 'arrivals' })))
      arrivals = {}
      for (const part of parts) for (const [key, list] of Object.entries(part.arrivals)) (arrivals[key] ??= []).push(...list)
      if (count() >= expected) break
      await sleep(500)
    }
    const cpuPercent = (cpuMs(server.pid) - cpu0) / (now() - moveStart) * 100
    const latencies = Object.entries(arrivals).flatMap(([key, list]) => sentAt.has(key) ? list.map(t => t - sentAt.get(key)!) : [])

    let storm: ScenarioResult['storm']
    if (scenario.storm) {
      const stormStart = now()
      const results = await Promise.all(workers.map(w => w.ask<'stormed'>({ type: 'storm', expected: versions }, 60_000)))
      const settled = results.flatMap(r => r.settledAt)
      storm = { settledMs: Math.max(...settled) - stormStart, unsettled: results.reduce((n, r) => n + r.unsettled, 0) }
      log(`  tempestade de reconexão: ${storm.unsettled} sem voltar, ${Math.round(storm.settledMs)} ms`)
    }
    return {
      scenario,
      target: target.id,
      students,
      failedConnections,
      connect: { ...stats(connectMs), allMs },
      latency: stats(latencies),
      expected,
      lost: Math.max(0, expected - count()),
      cpuPercent,
      rssPerConnectionKiB,
      storm,
    }
  }
  finally {
    for (const p of presenters) p.close()
    for (const w of workers) w.close()
    await server.stop()
  }
}
