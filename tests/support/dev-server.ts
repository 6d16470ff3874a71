// Starts `npm run dev` (scripts/cli/dev.ts) as a lecturer would and reads the port it chose.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { projectRoot } from '#scripts/site/decks'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

export interface DevServer {
  port: number
  output: () => string
  stop: () => void
}

export async function startDevServer(args: string[] = [], timeoutMs = 120_000): Promise<DevServer> {
  const child = spawn(process.execPath, [tsx, 'scripts/cli/dev.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const stop = () => { try { process.kill(-child.pid!, 'SIGTERM') } catch {} }
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`o servidor não disse a porta em ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
      const read = (chunk: Buffer) => {
        output += chunk.toString()
        // eslint-disable-next-line no-control-regex
        const match = /public slide show\s+>\s+http:\/\/localhost:(\d+)\//.exec(output.replace(/\x1B\[[0-9;]*m/g, ''))
        if (match) {
          clearTimeout(timer)
          resolve(Number(match[1]))
        }
      }
      child.stdout!.on('data', read)
      child.stderr!.on('data', read)
      child.on('exit', code => reject(new Error(`dev terminou com código ${code}:\n${output}`)))
    })
    return { port, output: () => output, stop }
  }
  catch (error) {
    stop()
    throw error
  }
}
