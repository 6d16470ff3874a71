// The live classroom's real-browser figure: one presenter and 8 students, each in its own Chromium
// context (a device of its own), all following the live server (server/) over loopback. The
// presenter presses a key (next slide, then back); the time until that slide is painted in each
// student's page, per student and press. Both ends are read inside the pages on the same clock
// (performance.timeOrigin + performance.now()), so Playwright's polling adds nothing.
//   npx tsx scripts/bench/live-browser.ts [--students 8] [--deck aula-1]   (needs `npm run build`)
// Writes its section of BENCHMARKS.md.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-chromium'
import { startLiveServer } from '#server/app'
import { machineDescription, millis, replaceSection } from '#scripts/bench/report'
import { percentile } from '#scripts/bench/timing'
import { listDecks, projectRoot } from '#scripts/site/decks'
import { distDir } from '#scripts/site/paths'
import { launchChromium } from '#scripts/util/browser'

export const LIVE_BROWSER_HEADING = '## Aula ao vivo em navegadores reais (scripts/bench/live-browser.ts)'
const SECRET = 'bench-live-browser'

/** In the page: resolves with the wall-clock time slide `no` is visible, after that frame is painted. */
const WHEN_SHOWN = `window.__ddWhenShown = (no) => new Promise((resolve) => {
  const shown = () => {
    const el = document.querySelector('#slideshow .slidev-page-' + no)
    return el && el.querySelector('.slidev-layout') && el.checkVisibility() && el.getBoundingClientRect().width > 0
  }
  const check = () => shown() ? requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()))) : requestAnimationFrame(check)
  check()
})`
const ON_KEY = `addEventListener('keydown', () => { window.__ddPressed = performance.timeOrigin + performance.now() }, true)`

export interface LiveBrowserResult {
  students: number
  deckId: string
  presses: number
  /** Key press in the presenter → slide painted in a student, one per student and press (ms). */
  latencies: number[]
  /** Key press → slide painted in the presenter's own view: the same rendering, no network (ms). */
  local: number[]
  /** Join to first slide shown, per student (ms, from navigation start). */
  joinMs: number[]
}

export async function measureLiveBrowser({ students = 8, deckId = 'aula-1', dist = distDir() } = {}): Promise<LiveBrowserResult> {
  const deck = (await listDecks()).find(d => d.id === deckId)
  if (!deck) throw new Error(`Aula desconhecida: ${deckId}`)
  if (!existsSync(join(dist, 'alunos', deckId, 'index.html'))) throw new Error(`Falta ${dist}/alunos/${deckId}: rode npm run build antes.`)
  const dbDir = mkdtempSync(join(tmpdir(), 'dd-live-bench-'))
  const server = await startLiveServer({ distDir: dist, secret: SECRET, dbFile: join(dbDir, 'live.db'), port: 0, host: '127.0.0.1', log: () => {} })
  const origin = `http://127.0.0.1:${server.port}`
  const browser = await launchChromium()
  try {
    const presenterContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const presenter = await presenterContext.newPage()
    await presenter.addInitScript(`${WHEN_SHOWN};${ON_KEY}`)
    await presenter.goto(`${origin}/${deckId}/presenter/1`)
    await presenter.getByLabel('Senha').fill(SECRET)
    await presenter.getByRole('button', { name: 'Entrar' }).click()
    await presenter.waitForURL(url => url.pathname.startsWith(`/${deckId}/presenter/`))
    await presenter.getByTestId('live-status').waitFor()

    const pages: Page[] = []
    const joinMs: number[] = []
    for (let i = 0; i < students; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      await page.addInitScript(`${WHEN_SHOWN};window.__ddFirst = __ddWhenShown(1)`)
      await page.goto(`${origin}/${deckId}/`, { waitUntil: 'commit' })
      joinMs.push(await page.evaluate(() => (window as any).__ddFirst.then((t: number) => t - performance.timeOrigin)))
      pages.push(page)
    }
    // Every slide loaded (Slidev preloads them 3 s after start), as in class.
    await presenter.waitForTimeout(3500)

    const latencies: number[] = []
    const local: number[] = []
    // ArrowDown: next slide (its clicks skipped); then ArrowUp back to the start.
    const order = [
      ...Array.from({ length: deck.slideCount - 1 }, (_, i) => ({ key: 'ArrowDown', no: i + 2 })),
      ...Array.from({ length: deck.slideCount - 1 }, (_, i) => ({ key: 'ArrowUp', no: deck.slideCount - 1 - i })),
    ]
    for (const { key, no } of order) {
      // Armed in every student before the key, so no student can have the slide before it is watched.
      await Promise.all([presenter, ...pages].map(page => page.evaluate((n) => { (window as any).__ddNext = (window as any).__ddWhenShown(n) }, no)))
      await presenter.keyboard.press(key)
      const times = await Promise.race([
        Promise.all(pages.map(page => page.evaluate(() => (window as any).__ddNext as Promise<number>))),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`slide ${no} não apareceu em 10 s (${key}; apresentador em ${presenter.url()}, alunos em ${pages.map(p => p.url()).join(', ')})`)), 10_000)),
      ])
      const [pressed, own] = await presenter.evaluate(async () => [(window as any).__ddPressed as number, await (window as any).__ddNext as number])
      latencies.push(...times.map(t => t - pressed))
      local.push(own - pressed)
      // Let the slide transitions end before the next key.
      await presenter.waitForTimeout(400)
    }
    return { students, deckId, presses: order.length, latencies, local, joinMs }
  }
  finally {
    await browser.close()
    await server.close()
    rmSync(dbDir, { recursive: true, force: true })
  }
}

const loadAverage = () => loadavg()[0].toFixed(1).replace('.', ',')

export function renderLiveBrowserSection(result: LiveBrowserResult, when: Date, where = machineDescription()): string {
  const date = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(when)
  const { latencies: l, local, joinMs } = result
  return [
    LIVE_BROWSER_HEADING,
    '',
    `Medido em ${date} (UTC) — ${where}; Node ${process.versions.node}. Um apresentador e ${result.students} alunos, cada um num contexto próprio do Chromium (um aparelho cada), na ${result.deckId}, pelo servidor ao vivo em loopback; ${result.presses} teclas (próximo slide até o fim, depois de volta ao início), ${l.length} medidas.`,
    '',
    '| medida | valor | meta |',
    '|---|---:|---|',
    `| tecla no apresentador → slide pintado em cada aluno, mediana | ${millis(percentile(l, 50))} |  |`,
    `| idem, p95 | ${millis(percentile(l, 95))} | fração de segundo (≤ 250 ms) ${percentile(l, 95) <= 250 ? '✓' : '✗'} |`,
    `| idem, máximo | ${millis(Math.max(...l))} |  |`,
    `| referência: tecla → slide pintado na própria visão do apresentador (sem rede), mediana / p95 | ${millis(percentile(local, 50))} / ${millis(percentile(local, 95))} |  |`,
    `| aluno entrando: abertura da página → slide do professor pintado, mediana | ${millis(percentile(joinMs, 50))} |  |`,
    '',
    '- Os dois lados são lidos dentro das páginas no mesmo relógio (`performance.timeOrigin + performance.now()`); "pintado" = o slide visível e um quadro desenhado depois.',
    `- Todos os navegadores e o servidor dividem a mesma máquina (2 núcleos; carga média ${loadAverage()} ao fim): a figura inclui a disputa de CPU entre os ${result.students + 1} contextos; a referência mostra quanto dela é só desenhar o slide.`,
    '',
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { students: { type: 'string' }, deck: { type: 'string' } } })
  const result = await measureLiveBrowser({ students: Number(values.students ?? 8), deckId: values.deck ?? 'aula-1' })
  const section = renderLiveBrowserSection(result, new Date())
  console.log(section)
  const file = join(projectRoot, 'BENCHMARKS.md')
  writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : undefined, LIVE_BROWSER_HEADING, section))
  console.log(`Seção gravada em BENCHMARKS.md ("${LIVE_BROWSER_HEADING.slice(3)}").`)
}
