// A throwaway redis-server on a free loopback port (Debian's redis-server; .ci/run installs it).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createConnection } from 'node:net'
import { freePort } from './live-process'

export const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0
export const NO_REDIS_REASON = 'redis-server não está instalado (o .ci/run instala; aqui o teste fica de fora)'

export interface TestRedis {
  url: string
  port: number
  /** Stops it (SIGTERM, or SIGKILL), keeping the port for start(). */
  stop(signal?: NodeJS.Signals): Promise<void>
  /** Starts it again on the same port (with an AOF file, the data comes back). */
  start(): Promise<void>
  close(): Promise<void>
}

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })
}

/** `persist`: appendonly with fsync on every write, so a restart keeps what was acknowledged. */
export async function startRedis({ persist = false } = {}): Promise<TestRedis> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'dd-redis-'))
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir,
    ...(persist ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'])]
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn('redis-server', args, { stdio: 'ignore' })
    const end = Date.now() + 10_000
    while (!(await reachable(port))) {
      if (Date.now() > end) throw new Error(`redis-server não respondeu na porta ${port}`)
      await new Promise(r => setTimeout(r, 30))
    }
  }
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const running = child
    if (!running || running.exitCode !== null) return
    await new Promise(resolve => {
      running.once('exit', resolve)
      running.kill(signal)
    })
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    async close() {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
