// Runs the Slidev CLI of this project as a child process.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { projectRoot } from '#scripts/site/decks'

const require = createRequire(import.meta.url)
const slidevBin = join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')

export interface RunOptions {
  env?: NodeJS.ProcessEnv
  /** Pipe output to the parent (default) or capture it for error messages. */
  quiet?: boolean
}

/** Runs `slidev <args>`; resolves with its output, rejects with it when the exit code is not 0. */
export function runSlidev(args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // A production bundle even when called from vitest (NODE_ENV=test would keep Vue's dev code:
    // ≈ +45 KiB gzip on slide 1).
    const mode = args[0] === 'build' ? { NODE_ENV: 'production' } : {}
    const child = spawn(process.execPath, [slidevBin, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...mode, ...options.env },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (chunk) => { output += chunk })
    child.stderr?.on('data', (chunk) => { output += chunk })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output)
      else reject(new Error(`slidev ${args.join(' ')} terminou com código ${code}\n${output.slice(-4000)}`))
    })
  })
}
