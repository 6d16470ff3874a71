// `npm run build`: the whole site. Lint first; then each deck's SPA (base BASE + aula-N/), and as soon
// as a deck is built, its exports from that SPA in ONE shared Chromium: slide PDF, cover picture,
// apostila; then the landing page, the static-host files and the precompressed .br/.gz copies.
// Everything goes to a staging folder swapped in at the end, so a failed build leaves the previous
// site intact.
// With notes, each deck is also built without them into alunos/aula-N/ (same base), the build the
// live server gives students (npm run live). NOTES=off: students-only mirror (no notes, no apostilas,
// no alunos/); PDF=off: no PDFs (see build-options.ts).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { course } from '#course'
import { printApostila, snapshotSlides } from '#scripts/export/apostila'
import { launchChromium, resolveChromiumPath } from '#scripts/util/browser'
import { buildOptions } from '#scripts/site/build-options'
import pLimit from 'p-limit'
import { parallelism } from '#scripts/util/concurrency'
import { listDecks, type Deck } from '#scripts/site/decks'
import { coverPicture, openPrintView, printSlidesPdf } from '#scripts/export/slides-pdf'
import { renderIndex, type LandingCard } from '#scripts/site/landing'
import { copyPageFonts } from '#scripts/site/page-fonts'
import { copyFavicon } from '#scripts/site/icons'
import { deckNotes } from '#scripts/export/notes'
import { pdfPageCount } from '#scripts/export/pdf-text'
import { step } from '#scripts/util/progress'
import { createSiteServer, listen } from '#scripts/site/server'
import { deckBase, deckOutDir, distDir, studentsDeckOutDir } from '#scripts/site/paths'
import { injectRestoreScript, netlifyRedirects, render404 } from '#scripts/site/static-host'
import { runSlidev, runTsx } from '#scripts/util/run'
import { compressDir } from '#scripts/site/compress'
import { captureDeckStudy, printStudentApostila, writeStudySite, type CapturedDeck } from '#scripts/site/study-build'
import { studentApostilaFile } from '#scripts/export/apostila-aluno'
import { ANSWERS_ENV } from '#scripts/questions/transform'
import { CATALOG_FILE, writeCatalog } from '#scripts/questions/catalog'

const options = buildOptions()
const { base } = options
const dist = distDir()
const staging = `${dist}.staging`
/** What study mode read from each deck's print view (scripts/site/study-build.ts). */
const studies = new Map<string, CapturedDeck>()

async function buildDeck(deck: Deck, { notes = options.notes, out = deckOutDir(deck, staging) } = {}): Promise<void> {
  const args = ['build', deck.relativeFile, '--base', deckBase(deck, base), '--out', out]
  if (!notes) args.push('--without-notes')
  // Slidev's download button, linked to the PDF this build writes (scripts/site/deck-pdf.ts).
  if (options.pdf) args.push('--download')
  // The students' build (alunos/) carries no answers: they arrive in quiz:state when revealed.
  const students = out !== deckOutDir(deck, staging)
  const env = students ? { [ANSWERS_ENV]: 'off' } : {}
  await runSlidev(args, { quiet: true, env })
  // Deep links on GitHub Pages come back through the root 404.html (see static-host.ts).
  for (const page of ['index.html', '404.html']) {
    const file = join(out, page)
    if (existsSync(file)) writeFileSync(file, injectRestoreScript(readFileSync(file, 'utf8')))
  }
}

/** Slide PDF, cover picture and apostila of a built deck, all from its print view in `browser`. */
async function exportDeck(browser: Browser, origin: string, deck: Deck): Promise<LandingCard> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 }, colorScheme: 'light' })
  try {
    const { page, box } = await openPrintView(context, `${origin}${deckBase(deck, base)}`, deck.slideCount)
    const picture = await coverPicture(page)
    const card: LandingCard = { ...deck, cover: `covers/${deck.id}.${picture.type}` }
    writeFileSync(join(staging, card.cover!), picture.data)
    const study = await step(`${deck.id}: modo estudo (texto, diagramas, figuras)`, () => captureDeckStudy(page, deck, staging))
    studies.set(deck.id, study)
    card.minutes = study.minutes
    if (options.pdf) {
      const file = join(staging, 'pdf', `${deck.id}.pdf`)
      await step(`${deck.id}: PDF dos slides`, () => printSlidesPdf(page, box, file))
      const pages = await pdfPageCount(readFileSync(file))
      if (pages !== deck.slideCount) throw new Error(`${deck.id}.pdf tem ${pages} páginas para ${deck.slideCount} slides.`)
      card.pdfBytes = statSync(file).size
    }
    if (options.apostila) {
      const file = join(staging, 'pdf', `${deck.id}-apostila.pdf`)
      const [snapshot, notes] = await Promise.all([snapshotSlides(page), deckNotes(deck.file)])
      await step(`${deck.id}: apostila`, () => printApostila(
        context,
        `${origin}${base}__apostila/${deck.id}.html`,
        { courseName: course.name, deck, notes, snapshot, box },
        file,
      ))
      card.apostilaBytes = statSync(file).size
      const studentFile = join(staging, 'pdf', studentApostilaFile(deck.id))
      await step(`${deck.id}: apostila do aluno`, () => printStudentApostila(context, `${origin}${base}__apostila/${deck.id}-aluno.html`, study, snapshot, box, studentFile))
      card.studentApostilaBytes = statSync(studentFile).size
    }
    return card
  }
  finally {
    await context.close()
  }
}

/**
 * Every deck built, then exported as soon as it is: ONE Slidev build at a time, while up to `jobs`
 * exports of the decks already built run in Chromium.
 * Why one: every deck's Slidev writes the same temp files, slides/node_modules/.slidev/virtual/
 * import-glob.<hash>.ts (createMakeAbsoluteImportGlob in @slidev/cli: a plain writeFileSync, for
 * each process, of files that depend on the project, not the deck), so a second Slidev could
 * truncate a file the first one is reading. With one Slidev process at a time nothing shares them.
 */
async function buildAndExport(decks: Deck[]): Promise<LandingCard[]> {
  const jobs = parallelism(availableParallelism())
  const buildSlot = pLimit(1)
  const exportSlot = pLimit(jobs)
  const server = createSiteServer(staging, { base })
  const origin = await listen(server)
  let browser: Promise<Browser> | undefined
  try {
    const exported = decks.map(async (deck) => {
      await buildSlot(() => step(`${deck.id}: site (base ${deckBase(deck, base)}${options.notes ? '' : ', sem notas'})`, () => buildDeck(deck)))
      browser ??= launchChromium()
      const chromium = await browser
      return exportSlot(() => step(`${deck.id}: exportação`, () => exportDeck(chromium, origin, deck)))
    })
    // Queued after every deck's own build, so they run while the exports do.
    const students = options.notes
      ? decks.map(deck => buildSlot(() => step(`${deck.id}: versão dos alunos (sem notas)`, () => buildDeck(deck, { notes: false, out: studentsDeckOutDir(deck, staging) }))))
      : []
    // Wait for every job (no half-written staging folder), then report the first failure.
    const [results, built] = await Promise.all([Promise.allSettled(exported), Promise.allSettled(students)])
    const failed = [...results, ...built].find(r => r.status === 'rejected')
    if (failed) throw failed.reason
    return results.map(r => (r as PromiseFulfilledResult<LandingCard>).value)
  }
  finally {
    await browser?.then(b => b.close(), () => {})
    server.close()
  }
}

async function main(): Promise<void> {
  const decks = await listDecks()
  if (options.lint) await step('lint: slides/*.md', () => runTsx('scripts/cli/lint-slides.ts'))
  else console.warn('⚠ LINT=off: as aulas não foram verificadas (use só para depurar o build).')
  // Fail now, not after building every deck, when there is no browser for the exports.
  resolveChromiumPath()

  rmSync(staging, { recursive: true, force: true })
  mkdirSync(join(staging, 'covers'), { recursive: true })
  if (options.pdf) mkdirSync(join(staging, 'pdf'), { recursive: true })
  const cards = await buildAndExport(decks)

  await step('página inicial, 404 e arquivos de hospedagem', async () => {
    const ids = decks.map(d => d.id)
    copyPageFonts(staging)
    copyFavicon(staging)
    writeFileSync(join(staging, 'index.html'), renderIndex(cards, options))
    writeFileSync(join(staging, '404.html'), render404(base, ids, course.name))
    writeFileSync(join(staging, '_redirects'), netlifyRedirects(base, ids))
    // GitHub Pages' Jekyll would drop `_plugin-vue_export-helper-*.js` and `_redirects`.
    writeFileSync(join(staging, '.nojekyll'), '')
  })
  await step(`perguntas ao vivo: ${CATALOG_FILE}`, async () => {
    console.log(`  ${await writeCatalog(staging, decks)} perguntas`)
  })
  await step('modo estudo: leitura, busca, offline', async () => {
    const report = await writeStudySite(staging, decks.map(d => studies.get(d.id)!), options)
    for (const line of report) console.log(`  ${line}`)
  })
  await step('arquivos .br e .gz ao lado dos de texto', () => compressDir(staging))

  const old = `${dist}.old`
  rmSync(old, { recursive: true, force: true })
  if (existsSync(dist)) renameSync(dist, old)
  renameSync(staging, dist)
  rmSync(old, { recursive: true, force: true })
  const made = [`${decks.length} aulas`, options.pdf ? 'PDFs' : 'sem PDFs', options.apostila ? 'apostilas' : 'sem apostilas', options.notes ? '' : 'sem notas']
  console.log(`Site pronto em ${dist} (${made.filter(Boolean).join(', ')}; base ${base}).`)
}

try {
  await main()
}
catch (error) {
  rmSync(staging, { recursive: true, force: true })
  // The lint prints its own file:line messages; anything else is told here, without a stack trace.
  console.error(`\n✗ ${(error as Error).message}`)
  console.error(`✗ Build interrompido; ${existsSync(dist) ? `o site anterior em ${dist} ficou intacto` : 'nada foi publicado'}.`)
  process.exit(1)
}
