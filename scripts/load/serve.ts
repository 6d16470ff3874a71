// Starts a project script (tsx) as a separate process and waits for the line that says it is ready,
// so a server under load does not share its event loop with the load generator.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { projectRoot } from '#scripts/site/decks'

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

export async function runTsxCli(script: string, args: string[], ready: RegExp, timeoutMs = 60_000): Promise<{ child: ChildProcess, match: RegExpExecArray }> {
  const child = spawn(process.execPath, [tsxCli, script, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} não ficou pronto em ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const found = ready.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${script} terminou com código ${code}:\n${output}`))
    })
  })
  // Keep draining its output so the child never blocks on a full pipe.
  child.stdout!.resume()
  child.stderr!.resume()
  return { child, match }
}
