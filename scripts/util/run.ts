// The one way the pipeline starts a child process: `node <script> <args>` from the project root,
// the script being the project's Slidev CLI, tsx, or a TypeScript file through tsx. Two shapes:
// run to the end (resolves with what it printed), or start a server and wait for its ready line.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { projectRoot } from '#scripts/site/decks'

const require = createRequire(import.meta.url)
export const slidevBin = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
const tsxCli = require.resolve('tsx/cli')
/** `node --import tsx script.ts`: one process (kill stops the script itself, not a tsx wrapper). */
export const tsxLoader = require.resolve('tsx')

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  /** Capture the output (for the error message) instead of passing it through to the parent. */
  quiet?: boolean
}

/** Runs `node <args>`; resolves with its captured output, rejects with its tail on a non-zero exit. */
export function runNode(label: string, args: string[], { env, quiet }: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (chunk) => { output += chunk })
    child.stderr?.on('data', (chunk) => { output += chunk })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else reject(new Error(`${label} terminou com código ${code}${output ? `\n${output.slice(-4000)}` : ''}`))
    })
  })
}

/** `slidev <args>`, always a production bundle for `build` (NODE_ENV=test keeps Vue's dev code: ≈ +45 KiB gzip). */
export function runSlidev(args: string[], options: RunOptions = {}): Promise<string> {
  const env = { ...(args[0] === 'build' ? { NODE_ENV: 'production' } : {}), ...options.env }
  return runNode(`slidev ${args.join(' ')}`, [slidevBin, ...args], { ...options, env })
}

/** One of the project's TypeScript scripts (`scripts/cli/lint-slides.ts`). */
export function runTsx(script: string, args: string[] = [], options: RunOptions = {}): Promise<string> {
  return runNode(script, [tsxCli, script, ...args], options)
}

export interface Started {
  child: ChildProcess
  /** What matched the ready pattern. */
  match: RegExpExecArray
  output: () => string
  /** SIGTERM, then SIGKILL after 5 s; resolves when it has exited. */
  stop: () => Promise<void>
}

/**
 * Starts `node <args>` and resolves once its output matches `ready` (rejects if it exits first).
 * The output is read without colour codes: with CI set, Slidev and Vite colour it even in a pipe
 * (`localhost:\x1b[1m3030` would not match /localhost:\d+/).
 */
export function startNode(label: string, args: string[], ready: RegExp, { env, timeoutMs = 60_000 }: { env?: NodeJS.ProcessEnv, timeoutMs?: number } = {}): Promise<Started> {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let raw = ''
  let output = ''
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`${label} não ficou pronto em ${timeoutMs / 1000} s:\n${output}`))
    }, timeoutMs)
    // Keeps reading after the ready line too, so the child never blocks on a full pipe.
    let isReady = false
    const read = (chunk: Buffer) => {
      raw += chunk.toString()
      output = stripVTControlCharacters(raw)
      const match = isReady ? null : ready.exec(output)
      if (match) {
        isReady = true
        clearTimeout(timer)
        resolve({ child, match, output: () => output, stop })
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('error', reject)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${label} terminou com código ${code}:\n${output}`))
    })
  })
}

/** `startNode` for one of the project's TypeScript scripts. */
export function startTsx(script: string, args: string[], ready: RegExp, options: { env?: NodeJS.ProcessEnv, timeoutMs?: number } = {}): Promise<Started> {
  return startNode(script, ['--import', tsxLoader, script, ...args], ready, options)
}
