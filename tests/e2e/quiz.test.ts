// Live questions end to end, on the fixture deck tests/fixtures/quiz-live/aula-1.md (built once
// into .quiz-e2e/dist: questions on slides 3 and 4): the self-check on the static site, the
// students' build without answers, the PDF and the student apostila read with pdftotext, then
// `npm run live` with a presenter, the projector and phone-sized students through a whole round:
// open, answers, one changed, a late joiner, a reload, close, bars, second round, reveal.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '#scripts/site/decks'
import { createSiteServer, listen } from '#scripts/site/server'
import { launchChromium } from '#scripts/util/browser'
import { freePort } from '#scripts/util/free-port'
import { buildHasAnswers } from '#server/dist'
import type { QuizAction } from '#server/quiz/protocol'
import { spawnLive, type LiveProcess } from '../support/live-process'

const WAIT = { timeout: 20_000 }
const SECRET = 'segredo-das-perguntas'
const work = join(projectRoot, '.quiz-e2e')
const dist = join(work, 'dist')
const shots = process.env.QUIZ_SHOTS ?? mkdtempSync(join(tmpdir(), 'dd-quiz-shots-'))
const dbDir = mkdtempSync(join(tmpdir(), 'dd-quiz-db-'))
const PROMPT = 'Dois contêineres rodam no mesmo host Linux. Que kernel cada um usa?'
const EXPLANATION = 'Contêineres são processos do host isolados por namespaces; a imagem não traz kernel.'

let browser: Browser
const contexts: BrowserContext[] = []

function buildFixtureSite() {
  if (process.env.E2E_REUSE_BUILD && existsSync(join(dist, 'perguntas.json'))) return
  mkdirSync(work, { recursive: true })
  // Two levels under the project root, like slides/aula-N.md: `addons: [./]` then finds the project.
  copyFileSync(join(projectRoot, 'tests/fixtures/quiz-live/aula-1.md'), join(work, 'aula-1.md'))
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli/build.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, SLIDES_DIR: work, DIST_DIR: dist, BASE: '/', NOTES: 'on', PDF: 'on', LINT: 'on' },
  })
}

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
const jsOf = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.js')).map(f => readFileSync(join(dir, f), 'utf8')).join('\n')

beforeAll(async () => {
  buildFixtureSite()
  browser = await launchChromium()
})
afterAll(async () => {
  await Promise.allSettled(contexts.map(c => c.close()))
  await browser?.close()
  rmSync(dbDir, { recursive: true, force: true })
})

describe('the build', () => {
  it('dist/perguntas.json holds every question with its answer; the students\' build holds no answer', () => {
    const catalog = JSON.parse(readFileSync(join(dist, 'perguntas.json'), 'utf8'))
    expect(catalog['aula-1'].map((q: { id: string, slide: number, correct: number[] }) => [q.id, q.slide, q.correct])).toEqual([
      ['a1-kernel-compartilhado', 3, [0]],
      ['a1-isolamento', 4, [0, 1]],
    ])
    const explanation = 'a imagem não traz kernel'
    expect(jsOf(join(dist, 'aula-1/assets'))).toContain(explanation)
    const students = jsOf(join(dist, 'alunos/aula-1/assets'))
    expect(students).toContain(PROMPT)
    expect(students).not.toContain(explanation)
    // The compiled slide: the props of the static build carry `correct`, the students' none.
    const slideJs = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.js')).map(f => readFileSync(join(dir, f), 'utf8')).filter(js => js.includes('explanation:'))
    expect(slideJs(join(dist, 'aula-1/assets')).join('\n')).toMatch(/correct:\[0\]/)
    expect(slideJs(join(dist, 'alunos/aula-1/assets')).join('\n')).not.toMatch(/correct:\[0\]|correct:\[0,1\]/)
    // The reader view is served to students too: the question, never its answer.
    const reader = readFileSync(join(dist, 'alunos/aula-1/ler/index.html'), 'utf8')
    expect(reader).toContain('Que kernel cada um usa?')
    expect(reader).not.toContain(explanation)
    // What `npm run live` checks before serving a deck without its students' build (server/dist.ts).
    expect(buildHasAnswers(join(dist, 'aula-1'))).toBe(true)
    expect(buildHasAnswers(join(dist, 'alunos/aula-1'))).toBe(false)
  })

  it('the slides PDF prints the question and its options, no answer; the student apostila the answer and the explanation', () => {
    const slide = pdfText(join(dist, 'pdf/aula-1.pdf'), 3)
    expect(slide).toContain('Que kernel cada um usa?')
    expect(slide).toMatch(/A\s*O kernel do host, o mesmo para os dois\s*B\s*Um kernel próprio/)
    expect(slide).not.toMatch(/Resposta certa|Explicação|não traz kernel/)
    const apostila = pdfText(join(dist, 'pdf/aula-1-apostila-aluno.pdf'))
    expect(apostila).toContain('A O kernel do host, o mesmo para os dois')
    expect(apostila).toContain('Resposta certa: A — O kernel do host, o mesmo para os dois.')
    expect(apostila).toContain('a imagem não traz kernel.')
    expect(apostila).toMatch(/Resposta certa: A — Os namespaces do kernel; B — Os cgroups/)
  })
})

describe('the static site: a self-check on the device', () => {
  it('pick an option: right/wrong in words and the explanation; no request leaves the page', async () => {
    const server = createSiteServer(dist, { base: '/' })
    const origin = await listen(server)
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    contexts.push(context)
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', r => requests.push(new URL(r.url()).pathname))
    await page.goto(`${origin}/aula-1/3`)
    const question = page.locator('.slidev-page-3 [data-testid=pergunta]')
    await question.waitFor(WAIT)
    expect(await question.getAttribute('data-mode')).toBe('self')
    const before = requests.length
    // Keyboard: Tab to option B, Enter answers it (and does not move the slide).
    await question.getByTestId('quiz-option-B').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => question.getByTestId('quiz-verdict').textContent(), WAIT).toBe('Não é essa: a resposta certa é A.')
    expect(new URL(page.url()).pathname).toBe('/aula-1/3')
    expect(await question.getByTestId('quiz-option-B').getAttribute('aria-pressed')).toBe('true')
    expect(await question.getByTestId('quiz-option-A').textContent()).toContain('Resposta certa')
    expect(await question.getByTestId('quiz-option-B').textContent()).toContain('Sua resposta: errada')
    expect((await question.getByTestId('quiz-explanation').textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Explicação: ${EXPLANATION}`)
    await page.screenshot({ path: join(shots, 'estatico-autoavaliacao.png') })
    expect(requests.slice(before).filter(p => p.startsWith('/socket.io'))).toEqual([])
    await context.close()
    server.close()
  })
})

describe('npm run live: a whole peer-instruction round', () => {
  let live: LiveProcess
  let origin: string
  let cookie: string
  let control: Socket
  const phones: Page[] = []
  let projector: Page
  let presenterView: Page

  const panel = (page: Page) => page.getByTestId('quiz-panel')
  const receipt = (page: Page) => panel(page).getByTestId('quiz-receipt').textContent()
  const onSlide = (page: Page) => page.locator('#slideshow .slidev-page-3 [data-testid=pergunta]')

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${origin}/aula-1/`)
    return page
  }

  /** A button of the question's controls (presenter view, or the phone remote), once it is there. */
  async function act(action: QuizAction, label: string, page = presenterView) {
    const button = page.getByTestId('quiz-controls').getByTestId(`quiz-control-${action}`)
    await expect.poll(() => button.textContent(), WAIT).toContain(label)
    await button.click()
    await expect.poll(() => button.count(), WAIT).toBe(0)
  }

  async function answer(page: Page, letter: string) {
    await panel(page).getByTestId(`quiz-option-${letter}`).click()
    await expect.poll(() => receipt(page), WAIT).toMatch(new RegExp(`^\\s*Resposta registrada: ${letter}`))
  }

  beforeAll(async () => {
    const port = await freePort()
    live = spawnLive(['--port', String(port)], { DIST_DIR: dist, LIVE_PASSWORD: SECRET, LIVE_DB: join(dbDir, 'live.db') })
    await live.waitFor(/Perguntas ao vivo: 2/, 60_000)
    origin = `http://127.0.0.1:${port}`
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    contexts.push(context)
    presenterView = await context.newPage()
    await presenterView.goto(`${origin}/aula-1/presenter/3`)
    await presenterView.getByLabel('Senha').fill(SECRET)
    await presenterView.getByRole('button', { name: 'Entrar' }).click()
    await presenterView.waitForURL(url => url.pathname.startsWith('/aula-1/presenter/'), WAIT)
    cookie = (await context.cookies()).filter(c => c.name === 'dd_sessao').map(c => `${c.name}=${c.value}`).join('; ')
    control = connect(origin, { transports: ['websocket'], extraHeaders: { cookie }, forceNew: true })
    await control.timeout(10_000).emitWithAck('room:join', { room: 'aula-1' })
    await control.timeout(10_000).emitWithAck('room:move', { room: 'aula-1', page: 3, clicks: 0 })
    await presenterView.waitForURL(url => url.pathname === '/aula-1/presenter/3', WAIT)
    projector = await context.newPage()
    await projector.goto(`${origin}/aula-1/3`)
    await onSlide(projector).waitFor(WAIT)
  })
  afterAll(async () => {
    control?.disconnect()
    await live?.stop()
  })

  it('three phones follow to the question; nothing to answer before the round opens', async () => {
    for (let i = 0; i < 3; i++) phones.push(await phone())
    for (const p of phones) {
      await onSlide(p).waitFor(WAIT)
      expect(await p.getByTestId('quiz-panel').count()).toBe(0)
    }
    expect(await onSlide(projector).getAttribute('data-mode')).toBe('presenter')
    expect(await onSlide(projector).getByTestId('quiz-status').textContent()).toContain('Votação ainda não aberta')
  })

  it('open: big buttons on every phone, "0 de 3 responderam" on the projector', async () => {
    expect(await presenterView.getByTestId('quiz-controls').getByRole('button').allTextContents()).toEqual(['Abrir votação'])
    await act('open', 'Abrir votação')
    for (const p of phones) await expect.poll(() => panel(p).getByTestId('quiz-option-A').isEnabled(), WAIT).toBe(true)
    await expect.poll(() => onSlide(projector).getByTestId('quiz-answered').textContent(), WAIT).toBe('0 de 3 responderam')
    const box = await panel(phones[0]).getByTestId('quiz-option-A').boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    const size = await panel(phones[0]).getByTestId('quiz-option-A').evaluate(el => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(18)
  })

  it('answers are registered only after the server acks; one changes; the projector counts them', async () => {
    await answer(phones[0], 'A')
    await answer(phones[1], 'B')
    await answer(phones[2], 'B')
    await expect.poll(() => onSlide(projector).getByTestId('quiz-answered').textContent(), WAIT).toBe('3 de 3 responderam')
    // The phones get the room's head count too (room:count), not only the answers.
    for (const p of phones) await expect.poll(() => panel(p).getByTestId('quiz-answered').textContent(), WAIT).toBe('3 de 3 responderam')
    await answer(phones[1], 'A')
    expect(await receipt(phones[1])).toContain('você pode mudar até a votação fechar')
    await phones[1].screenshot({ path: join(shots, 'aluno-registrada.png') })
    await projector.screenshot({ path: join(shots, 'projetor-aberta.png') })
    expect(await onSlide(projector).getByTestId('quiz-answered').textContent()).toBe('3 de 3 responderam')
  })

  it('a late joiner lands on the question and answers; a reloaded phone still shows its answer', async () => {
    const late = await phone()
    phones.push(late)
    await onSlide(late).waitFor(WAIT)
    await answer(late, 'C')
    await expect.poll(() => onSlide(projector).getByTestId('quiz-answered').textContent(), WAIT).toBe('4 de 4 responderam')
    await expect.poll(() => panel(phones[2]).getByTestId('quiz-answered').textContent(), WAIT).toBe('4 de 4 responderam')
    await phones[0].reload()
    await expect.poll(() => receipt(phones[0]), WAIT).toMatch(/^\s*Resposta registrada: A/)
  })

  it('close: the distribution as bars with counts and % on phones and projector', async () => {
    await expect.poll(() => presenterView.getByTestId('quiz-controls').getByTestId('quiz-answered').textContent(), WAIT).toBe('4 de 4 responderam')
    await presenterView.screenshot({ path: join(shots, 'apresentador-aberta.png') })
    await act('close', 'Encerrar votação')
    for (const p of [projector, ...phones]) {
      const root = p === projector ? onSlide(p) : panel(p)
      await expect.poll(() => root.getByTestId('quiz-bars-A').textContent(), WAIT).toMatch(/1ª\s*2 · 50 %/)
      expect(await root.getByTestId('quiz-bars-B').textContent()).toMatch(/1ª\s*1 · 25 %/)
      expect(await root.getByTestId('quiz-bars-C').textContent()).toMatch(/1ª\s*1 · 25 %/)
    }
    expect(await panel(phones[3]).getByTestId('quiz-option-A').isEnabled()).toBe(false)
    expect(await onSlide(projector).getByTestId('quiz-status').textContent()).toContain('discutam com o colega')
    await phones[2].screenshot({ path: join(shots, 'aluno-barras.png') })
  })

  it('second round: a phone that paged back is prompted and answers; both rounds side by side', async () => {
    await act('open', 'Segunda rodada')
    const away = phones[2]
    await away.keyboard.press('ArrowLeft')
    await expect.poll(() => new URL(away.url()).pathname, WAIT).toBe('/aula-1/2')
    const prompt = away.getByTestId('quiz-prompt').getByRole('button')
    await expect.poll(() => prompt.textContent(), WAIT).toContain('Pergunta aberta · responder (slide 3)')
    await away.screenshot({ path: join(shots, 'aluno-aviso.png') })
    await prompt.click()
    await expect.poll(() => new URL(away.url()).pathname, WAIT).toBe('/aula-1/3')
    for (const [i, letter] of ['A', 'A', 'A', 'B'].entries()) await answer(phones[i], letter)
    await act('close', 'Encerrar votação')
    for (const p of [projector, phones[0]]) {
      const root = p === projector ? onSlide(p) : panel(p)
      await expect.poll(() => root.getByTestId('quiz-bars-A').textContent(), WAIT).toMatch(/1ª\s*2 · 50 %.*2ª\s*3 · 75 %/)
      expect(await root.getByTestId('quiz-bars-B').textContent()).toMatch(/1ª\s*1 · 25 %.*2ª\s*1 · 25 %/)
    }
    await projector.screenshot({ path: join(shots, 'projetor-duas-rodadas.png') })
  })

  it('reveal from the phone remote: the correct option in words and the explanation, on phones (from quiz:state) and projector', async () => {
    // The remote is the lecturer's phone: another browser, logged in with the same session.
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    contexts.push(phoneContext)
    await phoneContext.addCookies(await presenterView.context().cookies())
    const remote = await phoneContext.newPage()
    await remote.goto(`${origin}/aula-1/controle/`)
    await expect.poll(() => remote.getByTestId('quiz-controls').getByRole('button').allTextContents(), WAIT).toEqual(['Revelar resposta', 'Recomeçar'])
    await remote.screenshot({ path: join(shots, 'controle-celular.png') })
    await act('reveal', 'Revelar resposta', remote)
    for (const p of phones) {
      await expect.poll(() => panel(p).getByTestId('quiz-verdict').textContent(), WAIT).toContain('Resposta certa: A')
      expect((await panel(p).getByTestId('quiz-explanation').textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Explicação: ${EXPLANATION}`)
      expect(await panel(p).getByTestId('quiz-option-A').textContent()).toContain('Resposta certa')
    }
    await expect.poll(() => onSlide(projector).getByTestId('quiz-verdict').textContent(), WAIT).toContain('Resposta certa: A')
    await phones[0].screenshot({ path: join(shots, 'aluno-revelada.png') })
    await projector.screenshot({ path: join(shots, 'projetor-revelada.png') })
  })

  it('the results file counts both rounds, without anything about a device', async () => {
    const res = await fetch(`${origin}/__resultados/aula-1.csv`, { headers: { cookie } })
    expect(res.status).toBe(200)
    const csv = await res.text()
    expect(csv).toContain('a1-kernel-compartilhado')
    const devices = (await Promise.all(phones.map(p => p.context().cookies()))).flat().filter(c => c.name === 'dd_aparelho').map(c => c.value)
    expect(devices).toHaveLength(4)
    for (const device of devices) expect(csv).not.toContain(device)
  })
})
