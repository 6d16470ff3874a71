// `npm run lint:slides` as a user runs it: problems on stderr as `file:line: mensagem`, exit 1;
// a clean deck exits 0. SLIDES_DIR points it at a fixture deck.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '#scripts/site/decks'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

function lintSlides(fixture: string, args: string[] = []) {
  return spawnSync(process.execPath, [tsx, 'scripts/cli/lint-slides.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, SLIDES_DIR: `tests/fixtures/${fixture}` },
    encoding: 'utf8',
    timeout: 120_000,
  })
}

// A broken diagram is checked in Chromium (the build's renderer): give the child time to start one.
describe('lint:slides command', { timeout: 150_000 }, () => {
  it('prints each problem as file:line: mensagem and exits 1', () => {
    const run = lintSlides('mermaid-in-part')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^tests\/fixtures\/mermaid-in-part\/parts\/diagrama\.md:10: erro de sintaxe no diagrama Mermaid: .* \(aula-1, slide 2\)$/m)
    expect(run.stderr).toContain('lint:slides: 1 problema(s) em aula-1.')
  })

  it('exits 0 and says so when the deck is clean', () => {
    const run = lintSlides('valid', ['1'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('lint:slides: nenhum problema em aula-1.')
  })
})
