// SECURITY.md's promises, checked: the lockfile pins every dependency and agrees with package.json
// (so `npm ci` installs exactly it), and no script turns Slidev's remote control on.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedHeadmatter } from '#course'
import { projectRoot } from '#scripts/site/decks'

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))
const lockPath = join(projectRoot, 'package-lock.json')

/** Whether an exact version satisfies a `^x.y.z` / `~x.y.z` / `x.y.z` range (the forms used here). */
function satisfies(version: string, range: string): boolean {
  const [major, minor, patch] = version.split('-')[0].split('.').map(Number)
  const match = /^([\^~]?)(\d+)\.(\d+)\.(\d+)$/.exec(range)
  if (!match) return false
  const [, op, m, n, p] = match
  const [rm, rn, rp] = [Number(m), Number(n), Number(p)]
  const atLeast = major > rm || (major === rm && (minor > rn || (minor === rn && patch >= rp)))
  if (!atLeast) return false
  if (op === '^') return rm > 0 ? major === rm : minor === rn
  if (op === '~') return major === rm && minor === rn
  return major === rm && minor === rn && patch === rp
}

describe('dependencies pinned by the lockfile', () => {
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
  const declared: Record<string, string> = { ...pkg.dependencies, ...pkg.devDependencies }

  it('has a package-lock.json (v2+) that records the same dependencies as package.json', () => {
    expect(existsSync(lockPath)).toBe(true)
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2)
    const root = lock.packages['']
    expect({ ...root.dependencies, ...root.devDependencies }).toEqual(declared)
  })

  it('pins each one to an exact version that satisfies its range', () => {
    for (const [name, range] of Object.entries(declared)) {
      const entry = lock.packages[`node_modules/${name}`]
      expect(entry, `${name} ausente do package-lock.json`).toBeDefined()
      expect(entry.version, name).toMatch(/^\d+\.\d+\.\d+/)
      expect(satisfies(entry.version, range), `${name}@${entry.version} fora de ${range}`).toBe(true)
      expect(entry.integrity ?? entry.resolved, `${name} sem integrity`).toBeTruthy()
    }
  })

  it('is installed with npm ci in CI', () => {
    const ci = join(projectRoot, '.ci', 'run')
    if (existsSync(ci)) expect(readFileSync(ci, 'utf8')).toMatch(/\bnpm ci\b/)
  })

  it('reads version ranges correctly', () => {
    expect(satisfies('1.4.2', '^1.2.0')).toBe(true)
    expect(satisfies('2.0.0', '^1.2.0')).toBe(false)
    expect(satisfies('0.25.3', '^0.25.0')).toBe(true)
    expect(satisfies('0.26.0', '^0.25.0')).toBe(false)
    expect(satisfies('1.1.0', '^1.2.0')).toBe(false)
  })
})

/** `npm run bench:live` measures Slidev's own `slidev --remote` sync next to the live server. */
const SLIDEV_REMOTE_BENCH = join('bench', 'live-targets.ts')

describe('no remote control', () => {
  it('leaves Slidev\'s remote mode off in the shared configuration', () => {
    expect(sharedHeadmatter.remote ?? false).toBe(false)
  })

  it('no npm script or project script starts Slidev with --remote', () => {
    expect(Object.values<string>(pkg.scripts).filter(s => /--remote\b/.test(s))).toEqual([])
    const scripts = readdirSync(join(projectRoot, 'scripts'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ts'))
    expect(scripts).toContain(join('cli', 'dev.ts'))
    for (const file of scripts.filter(f => f !== SLIDEV_REMOTE_BENCH)) {
      expect(readFileSync(join(projectRoot, 'scripts', file), 'utf8'), file).not.toMatch(/['"`]--remote\b|remote:\s*true/)
    }
  })

  it('turns it on only in the live benchmark, to compare against it, bound to loopback', () => {
    const bench = readFileSync(join(projectRoot, 'scripts', SLIDEV_REMOTE_BENCH), 'utf8')
    const launch = bench.split('\n').filter(line => /'--remote'/.test(line))
    expect(launch).toHaveLength(1)
    expect(launch[0]).toMatch(/'--bind', '127\.0\.0\.1'/)
  })
})
