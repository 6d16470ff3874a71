// Runs one of the project's TypeScript scripts in a child process (tsx), inheriting its output.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { projectRoot } from '#scripts/site/decks'

const require = createRequire(import.meta.url)
const tsxCli = require.resolve('tsx/cli')

export function runTsx(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, script, ...args], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`${script} terminou com código ${code}`))))
  })
}
