// What goes wrong on a lecturer's laptop, and what the project says when it does: no browser,
// a broken deck at build time (the previous site stays), the dev server's port already taken.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NO_BROWSER_MESSAGE, resolveChromiumPath } from '#scripts/util/browser'
import { projectRoot } from '#scripts/site/decks'
import { startDevServer } from '../support/dev-server'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const temp = mkdtempSync(join(tmpdir(), 'faults-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('no browser', () => {
  const nothing = () => false

  it('says how to get one when there is no Chromium anywhere', () => {
    expect(() => resolveChromiumPath({}, nothing)).toThrow(NO_BROWSER_MESSAGE)
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium')
    expect(NO_BROWSER_MESSAGE).toContain('sudo apt-get install chromium')
    expect(NO_BROWSER_MESSAGE).toContain('CHROMIUM_PATH=')
  })

  it('names a CHROMIUM_PATH that does not exist, and still says how to get a browser', () => {
    expect(() => resolveChromiumPath({ CHROMIUM_PATH: '/nao/existe/chrome' }, nothing))
      .toThrow(/CHROMIUM_PATH=\/nao\/existe\/chrome não existe\.[\s\S]*npx playwright install chromium/)
  })

  it('uses CHROMIUM_PATH, else a system Chromium, when they exist', () => {
    expect(resolveChromiumPath({ CHROMIUM_PATH: '/opt/chrome' }, p => p === '/opt/chrome')).toBe('/opt/chrome')
    expect(resolveChromiumPath({}, p => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium')
  })

  it('a script that needs the browser stops with that message, not a stack trace from Playwright', () => {
    const run = spawnSync(process.execPath, [tsx, '-e', 'import("./scripts/util/browser.ts").then(m => m.launchChromium()).catch(e => { console.error(e.message); process.exit(2) })'], {
      cwd: projectRoot,
      env: { ...process.env, CHROMIUM_PATH: '/nao/existe/chrome' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('Nenhum navegador Chromium encontrado')
    expect(run.stderr).toContain('npx playwright install chromium')
  })
})

describe('a broken deck never replaces a good site', () => {
  it('stops the build with the linter\'s file:line message and leaves dist/ as it was', () => {
    const dist = join(temp, 'dist')
    const marker = join(dist, 'index.html')
    rmSync(dist, { recursive: true, force: true })
    ;(spawnSync('mkdir', ['-p', join(dist, 'aula-1')]))
    writeFileSync(marker, 'site anterior, bom')
    writeFileSync(join(dist, 'aula-1', 'index.html'), 'aula 1 anterior')

    const run = spawnSync(process.execPath, [tsx, 'scripts/cli/build.ts'], {
      cwd: projectRoot,
      env: { ...process.env, SLIDES_DIR: 'tests/fixtures/mermaid', DIST_DIR: dist, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    })
    const output = run.stdout + run.stderr
    expect(run.status).not.toBe(0)
    // The Mermaid error names the deck and the slide, at the diagram's line.
    expect(output).toMatch(/^tests\/fixtures\/mermaid\/aula-1\.md:25: erro de sintaxe no diagrama Mermaid: .* \(aula-1, slide 2\)$/m)
    expect(readFileSync(marker, 'utf8')).toBe('site anterior, bom')
    expect(readdirSync(dist).sort()).toEqual(['aula-1', 'index.html'])
    expect(readFileSync(join(dist, 'aula-1', 'index.html'), 'utf8')).toBe('aula 1 anterior')
    expect(existsSync(`${dist}.staging`)).toBe(false)
  })
})

describe('dev server port taken', () => {
  let blocker: Server | undefined

  afterAll(() => new Promise<void>(resolve => (blocker ? blocker.close(() => resolve()) : resolve())))

  it('moves to the next free port and says which', async () => {
    // Take 3030 (if someone on this machine already holds it, it is taken all the same).
    blocker = createServer((_, res) => res.end('ocupado'))
    await new Promise<void>((resolve) => {
      blocker!.once('error', () => { blocker = undefined; resolve() })
      blocker!.listen(3030, 'localhost', () => resolve())
    })

    const dev = await startDevServer()
    try {
      const { port } = dev
      expect(port).toBeGreaterThan(3030)
      expect(port).toBeLessThanOrEqual(4000)
      const response = await fetch(`http://localhost:${port}/`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<div id="app"')
    }
    finally {
      dev.stop()
    }
  })
})
