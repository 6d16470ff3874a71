// The demos that need no Docker, run for real on this machine: the commands are read from the demo
// slides of the parsed decks (never copied here), run as written, and the outputs the slide and its
// notes claim are asserted. `sudo` is kept when it works without a password, dropped when we are
// already root (CI containers often have no sudo); without either, each test says so in its name.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cpuMax, ioMax, parseSize } from '#client/figures/cgroup-settings'
import { listDecks, loadDeck } from '#scripts/site/decks'

interface DemoSlide { deck: string, title: string, lines: string[], note: string }

/** Every command line of the demo slides' bash blocks (`\` continuations joined), `# comments` kept: they say what to expect. */
async function demoSlides(): Promise<DemoSlide[]> {
  const out: DemoSlide[] = []
  for (const deck of await listDecks()) {
    for (const slide of (await loadDeck(deck.file)).slides) {
      if (!/^Demonstração|^Sem Docker/.test(slide.title ?? '')) continue
      const blocks = [...slide.content.matchAll(/```(?:bash|sh)\n([\s\S]*?)```/g)].map(m => m[1])
      if (blocks.length) out.push({ deck: deck.id, title: slide.title!, lines: blocks.join('\n').replace(/\\\n/g, '').split('\n').filter(l => l.trim()), note: slide.note ?? '' })
    }
  }
  return out
}

const demos = await demoSlides()
const demo = (deck: string, title: RegExp) => {
  const found = demos.find(d => d.deck === deck && title.test(d.title))
  if (!found) throw new Error(`${deck}: nenhum slide de demonstração com o título ${title}`)
  return found
}

/** The command without its trailing comment (`ls -l /proc/$$/ns    # ...`). */
const command = (line: string) => line.replace(/\s+#\s.*$/, '').trim()
/** The comment the slide prints next to a command: what it claims the command shows. */
const claim = (line: string) => /\s#\s(.*)$/.exec(line)?.[1] ?? ''

const isRoot = process.getuid?.() === 0
const sudoWorks = spawnSync('sudo', ['-n', 'true']).status === 0
/** How this machine runs a `sudo …` line: as written, without the prefix (root), or not at all. */
const privilege = sudoWorks ? 'sudo' : isRoot ? 'root' : 'none'
const asHere = (cmd: string) => (privilege === 'root' ? cmd.replace(/(^|[;&|]\s*)sudo\s+/g, '$1') : cmd)
const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
const unshareOk = hasTool('unshare') && privilege !== 'none'
const timeNsOk = unshareOk && spawnSync('sh', ['-c', asHere('sudo unshare --time --boottime 1 true')]).status === 0
const skipReason = (ok: boolean, needs: string) => (ok ? '' : ` — PULADO: esta máquina não tem ${needs}`)
const ROOT = 'root ou sudo sem senha, e o unshare do util-linux'

function sh(cmd: string, input?: string, cwd?: string): string {
  const r = spawnSync('bash', ['-c', asHere(cmd)], { input, cwd, encoding: 'utf8', timeout: 20_000 })
  if (r.status !== 0) throw new Error(`${cmd} (saída ${r.status}): ${r.stderr}`)
  return r.stdout
}

interface Step { line: string, output: string, inside?: string }

/**
 * Runs a demo as the lecturer types it: a `… bash` line opens a shell that reads the following
 * lines up to `exit`; each inner command's output is captured between markers. Returns one step
 * per command line, with its output and the shell it ran in.
 */
function runSession(lines: string[]): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < lines.length; i++) {
    const cmd = command(lines[i])
    if (/\bbash$/.test(cmd)) {
      const end = lines.findIndex((l, j) => j > i && command(l) === 'exit')
      const inner = lines.slice(i + 1, end)
      const script = inner.map((l, k) => `echo "@@${k}"; ${command(l)}`).join('\n') + '\necho "@@end"\nexit\n'
      const out = sh(cmd, script)
      inner.forEach((l, k) => {
        const from = out.indexOf(`@@${k}\n`) + `@@${k}\n`.length
        const to = out.indexOf(k + 1 < inner.length ? `@@${k + 1}\n` : '@@end')
        steps.push({ line: l, output: out.slice(from, to), inside: cmd })
      })
      i = end
    }
    else {
      steps.push({ line: lines[i], output: sh(cmd) })
    }
  }
  return steps
}

const stepOf = (steps: Step[], pattern: RegExp, inside?: RegExp) => {
  const step = steps.find(s => pattern.test(command(s.line)) && (!inside || inside.test(s.inside ?? '')))
  if (!step) throw new Error(`nenhum comando ${pattern} na demonstração`)
  return step
}

/** Whether this machine can mount an OverlayFS (root, and a kernel or sandbox that allows it). */
function overlayWorks(): boolean {
  if (privilege === 'none') return false
  const dir = mkdtempSync(join(tmpdir(), 'ovl-probe-'))
  try {
    sh('mkdir l u w m && sudo mount -t overlay overlay -o lowerdir=l,upperdir=u,workdir=w m && sudo umount m', undefined, dir)
    return true
  }
  catch { return false }
  finally { rmSync(dir, { recursive: true, force: true }) }
}
const overlayOk = overlayWorks()

const EIGHT = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'time', 'user', 'uts']

describe('aula 4, “PID namespace sem Docker”, run for real', () => {
  const slide = demo('aula-4', /PID namespace/)

  it('shows sudo wherever the command needs root (lsns sees everything only as root; unshare needs root)', () => {
    for (const line of slide.lines.filter(l => /^(sudo\s+)?(lsns|unshare)\b/.test(command(l)))) expect(command(line)).toMatch(/^sudo /)
  })

  it.skipIf(!unshareOk)(`ls -l /proc/$$/ns, sudo lsns, and ps aux in a new PID namespace show what the slide says${skipReason(unshareOk, ROOT)}`, () => {
    const steps = runSession(slide.lines)
    // ls -l /proc/$$/ns: one link per namespace type of the shell, named type:[inode].
    const ns = stepOf(steps, /^ls -l \/proc\/\$\$\/ns$/).output
    for (const type of EIGHT.filter(t => t !== 'time' || timeNsOk)) expect(ns).toMatch(new RegExp(`\\b${type} -> '?${type}:\\[\\d+\\]`))
    // sudo lsns: every namespace of the system, with the processes in each, beyond our own.
    const lsns = stepOf(steps, /lsns$/).output
    expect(lsns.split('\n')[0]).toMatch(/NS\s+TYPE\s+NPROCS\s+PID\s+USER\s+COMMAND/)
    const types = new Set(lsns.trim().split('\n').slice(1).map(l => l.trim().split(/\s+/)[1]))
    for (const type of ['mnt', 'uts', 'ipc', 'pid', 'net', 'user', 'cgroup']) expect(types).toContain(type)
    // ps aux inside: bash is PID 1 and ps is the only other process.
    const ps = stepOf(steps, /^ps aux$/, /unshare --pid --fork --mount-proc/)
    expect(claim(ps.line)).toMatch(/bash é o PID 1/)
    const rows = ps.output.trim().split('\n').slice(1).map(r => r.trim().split(/\s+/))
    expect(rows.map(r => [r[1], r.slice(10).join(' ')])).toEqual([['1', 'bash'], ['2', 'ps aux']])
  })

  it.skipIf(!unshareOk || !hasTool('setpriv'))(`the notes' claim: lsns without root lists only your own processes' namespaces${skipReason(unshareOk && hasTool('setpriv'), `${ROOT}, e o setpriv`)}`, () => {
    expect(slide.note).toMatch(/sem `sudo`, ele mostra só os dos seus próprios processos/)
    const asNobody = sh('setpriv --reuid 65534 --regid 65534 --clear-groups lsns -n -o NPROCS,USER')
    const rows = asNobody.trim().split('\n').map(r => r.trim().split(/\s+/))
    expect(rows.length).toBeGreaterThan(0)
    for (const [nprocs, user] of rows) expect([nprocs, user]).toEqual(['1', 'nobody'])
  })
})

describe('aula 4, “hostname e relógio próprios”, run for real', () => {
  const slide = demo('aula-4', /hostname e relógio/)
  const uts = slide.lines.slice(0, slide.lines.findIndex(l => /^hostname\s+#/.test(l)) + 1)
  const time = slide.lines.slice(uts.length)

  it.skipIf(!unshareOk)(`unshare --uts: the new hostname inside, the host's unchanged after exit${skipReason(unshareOk, ROOT)}`, () => {
    const before = hostname()
    const steps = runSession(uts)
    const inside = stepOf(steps, /^hostname \S+; hostname$/, /unshare --uts/)
    const name = /^hostname (\S+);/.exec(command(inside.line))![1]
    expect(inside.output.trim()).toBe(name)
    expect(claim(inside.line)).toBe(name)
    const after = steps.at(-1)!
    expect(command(after.line)).toBe('hostname')
    expect(after.inside).toBeUndefined()
    expect(after.output.trim()).toBe(before)
    expect(before).not.toBe(name)
  })

  it.skipIf(!timeNsOk)(`unshare --time --boottime: uptime inside is the host's plus the offset (“up 1 day”)${skipReason(timeNsOk, `${ROOT}, num kernel com time namespace (5.6+)`)}`, () => {
    const open = time.find(l => /unshare --time --boottime \d+ bash/.test(l))!
    const offset = Number(/--boottime (\d+)/.exec(open)![1])
    expect(offset).toBe(86_400)
    const hostSeconds = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0])
    const step = stepOf(runSession(time), /^uptime$/, /unshare --time/)
    expect(claim(step.line)).toMatch(/up 1 day/)
    const days = Number(/up (\d+) days?,/.exec(step.output)?.[1] ?? 0)
    expect(days).toBe(Math.floor((hostSeconds + offset) / 86_400))
    expect(days).toBeGreaterThanOrEqual(1)
  })
})

describe('aula 4, Docker demos: what they print agrees with the model and the kernel format', () => {
  it('the E/S demo prints /sys/fs/cgroup/io.max, whose line is what the kernel writes for its flag', () => {
    const slide = demo('aula-4', /E\/S de disco/)
    const text = slide.lines.join('\n')
    expect(text).toMatch(/cat \/sys\/fs\/cgroup\/io\.max/)
    const flag = /--device-read-bps (\S+)/.exec(text)![1]
    const printed = slide.lines.find(l => /^# \d+:\d+ rbps=/.test(l))!.slice(2)
    expect(printed).toBe(ioMax(flag))
    expect(slide.note).toMatch(/lsblk|vda|nvme0n1/)
    expect(parseSize(flag.split(':')[1])).toBe(2 ** 20)
  })

  it('the CPU and memory demo reads cpu.max and memory.max, and the notes quote their values', () => {
    const slide = demo('aula-4', /CPU e memória/)
    const text = slide.lines.join('\n')
    expect(text).toMatch(/cpu\.max memory\.max/)
    expect(slide.note).toContain(cpuMax(Number(/--cpus (\S+)/.exec(text)![1])))
    expect(slide.note).toContain(String(parseSize(/--memory (\S+)/.exec(text)![1])))
  })

  it('the DNAT demo connects to a host address, not localhost, and reads the counters with sudo', () => {
    const text = demo('aula-4', /DNAT/).lines.join('\n')
    expect(text).not.toMatch(/curl[^\n]*(localhost|127\.0\.0\.1)/)
    expect(text).toMatch(/sudo iptables -t nat -L DOCKER -n -v/)
  })
})

describe('every demo line that needs root says sudo', () => {
  it.each(demos.map(d => [d.deck, d.title, d] as const))('%s, %s', (_deck, _title, slide) => {
    for (const line of slide.lines.map(command)) {
      if (/^(lsns|unshare|iptables|nft|mount|umount)\b/.test(line)) expect.fail(`sem sudo: ${line}`)
    }
  })
})

describe('aula 3, “OverlayFS sem Docker”, run for real', () => {
  const slide = demo('aula-3', /OverlayFS/)

  it.skipIf(!overlayOk)(`copy-up leaves the lower file intact; rm leaves a 0, 0 character device in upper${skipReason(overlayOk, 'root ou sudo sem senha, e permissão para montar OverlayFS')}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ovl-demo-'))
    try {
      const outputs = slide.lines.map(line => ({ line, output: sh(command(line), undefined, dir) }))
      const last = outputs.at(-1)!
      expect(command(last.line)).toBe('cat lower/livro.txt; ls -l upper')
      const [cat, ...ls] = last.output.trim().split('\n')
      expect(cat).toBe('original')
      const whiteout = ls.find(l => l.endsWith(' velho.txt'))!
      expect(whiteout).toMatch(/^c[-rwx]{9}\s.*\b0, 0\b/)
      expect(claim(last.line)).toMatch(/c 0, 0 velho\.txt/)
      expect(ls.find(l => l.endsWith(' livro.txt'))).toMatch(/^-/)
      expect(readFileSync(join(dir, 'upper/livro.txt'), 'utf8')).toBe('original\nanotação\n')
      expect(readFileSync(join(dir, 'merged/livro.txt'), 'utf8')).toBe('original\nanotação\n')
      expect(existsSync(join(dir, 'lower/velho.txt'))).toBe(true)
      expect(existsSync(join(dir, 'merged/velho.txt'))).toBe(false)
      expect(slide.note).toMatch(/sudo umount merged/)
    }
    finally {
      spawnSync('bash', ['-c', asHere('sudo umount merged')], { cwd: dir })
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
