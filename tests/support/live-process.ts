// `npm run live` as a real child process (scripts/cli/live.ts), its output captured, for the
// tests that kill it, restart it, or run two of them behind one Redis.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { projectRoot } from '#scripts/site/decks'

// `node --import tsx` rather than the tsx CLI: one process, so kill -9 kills the server itself.
const tsxLoader = createRequire(import.meta.url).resolve('tsx')

export interface LiveProcess {
  child: ChildProcess
  output: () => string
  /** Resolves when the output matches (or rejects when the process exits first). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>
  exited: Promise<number | null>
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export function spawnLive(args: string[], env: NodeJS.ProcessEnv): LiveProcess {
  const child = spawn(process.execPath, ['--import', tsxLoader, 'scripts/cli/live.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout!.on('data', (chunk) => { text += chunk })
  child.stderr!.on('data', (chunk) => { text += chunk })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  return {
    child,
    output: () => text,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`tempo esgotado esperando ${pattern}; saída:\n${text}`)), timeoutMs)
        const check = () => {
          const match = text.match(pattern)
          if (match) finish(undefined, match)
        }
        const onExit = () => {
          check()
          finish(new Error(`o processo terminou antes de ${pattern}; saída:\n${text}`))
        }
        function finish(error?: Error, match?: RegExpMatchArray) {
          clearTimeout(timer)
          child.stdout!.off('data', check)
          child.off('exit', onExit)
          if (match) resolve(match)
          else reject(error)
        }
        child.stdout!.on('data', check)
        child.once('exit', onExit)
        check()
      })
    },
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

export { freePort, freePorts } from '#scripts/util/free-port'
