// Study mode's part of `npm run build` (scripts/cli/build.ts calls these two):
//   captureDeckStudy  while a deck's print view is open: its slides' text, diagrams and pictures;
//   writeStudySite    at the end: reader views, search indexes, study scripts, manifest, icons,
//                     the deck pages' hook and, last, the service worker. Prints what it measured.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-chromium'
import { course } from '#course'
import { printHandout, type SlidesSnapshot } from '#scripts/export/apostila'
import { renderStudentApostilaHtml } from '#scripts/export/apostila-aluno'
import type { SlideBox } from '#scripts/export/slides-pdf'
import { launchChromium } from '#scripts/util/browser'
import { coverPicture } from '#scripts/export/slides-pdf'
import { plannedMinutes } from '#scripts/export/study-text'
import { plainTitle } from '#scripts/export/notes'
import { loadDeck, type Deck } from './decks'
import { formatBytes } from './landing'
import { deckOutDir } from './paths'
import { hasComponent, renderReader, type ReaderSlide } from './reader'
import { writeSearchIndexes, type DeckStudy } from './search-index'
import { captureSlides } from './study-capture'
import { bundleStudyScripts, injectDeckStudy, writeServiceWorker, writeWebManifest } from './study-assets'
import { writeIcons } from './icons'

export interface CapturedDeck extends DeckStudy {
  reader: ReaderSlide[]
  minutes: number
}

/** Reads what study mode needs from the deck's open print view; writes the slide pictures. */
export async function captureDeckStudy(page: Page, deck: Deck, siteDir: string): Promise<CapturedDeck> {
  const data = await loadDeck(deck.file)
  const visible = data.slides.filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
  const captured = await captureSlides(page)
  if (captured.length !== visible.length) throw new Error(`${deck.id}: ${captured.length} slides na visão de impressão, ${visible.length} no deck.`)
  const pictures = join(deckOutDir(deck, siteDir), 'ler')
  mkdirSync(pictures, { recursive: true })
  const reader: ReaderSlide[] = []
  const slides: DeckStudy['slides'] = []
  for (const [i, slide] of visible.entries()) {
    const no = i + 1
    const title = plainTitle(slide.title ?? '')
    let picture: string | undefined
    if (hasComponent(slide.content)) {
      const shot = await coverPicture(page, no)
      picture = `slide-${no}.${shot.type}`
      writeFileSync(join(pictures, picture), shot.data)
    }
    reader.push({ no, title, content: slide.content, diagrams: captured[i].diagrams, picture, texts: captured[i].texts })
    slides.push({ no, title, texts: captured[i].texts, note: (slide.note ?? '').trim() })
  }
  return { deck, slides, reader, minutes: plannedMinutes(slides.map(s => ({ note: s.note }))) }
}

/** The student's apostila of a captured deck, printed like the lecturer's (same page, same snapshot). */
export async function printStudentApostila(context: BrowserContext, url: string, study: CapturedDeck, snapshot: SlidesSnapshot, box: SlideBox, file: string) {
  const deck = study.deck as Deck
  const slides = study.reader.map((r, i) => ({ no: r.no, title: r.title, content: r.content, note: study.slides[i].note }))
  const html = renderStudentApostilaHtml({ courseName: course.name, deck, slides, snapshot, box })
  return printHandout(context, url, { html, courseName: course.name, deck, slideNos: slides.map(s => s.no) }, file)
}

export interface StudyOptions {
  base: string
  notes: boolean
  pdf: boolean
}

export async function writeStudySite(siteDir: string, decks: CapturedDeck[], options: StudyOptions): Promise<string[]> {
  const { base } = options
  const report: string[] = []
  const deckIds = decks.map(d => d.deck.id)
  for (const captured of decks) {
    const deck = captured.deck as Deck
    const html = renderReader({
      base,
      deck,
      slides: captured.reader,
      minutes: captured.minutes,
      pdf: options.pdf ? `${base}pdf/${deck.id}.pdf` : undefined,
    })
    // The students' build (alunos/aula-N, served by `npm run live`) gets the same reader view.
    for (const dir of [deckOutDir(deck, siteDir), join(siteDir, 'alunos', deck.id)]) {
      if (!existsSync(join(dir, 'index.html'))) continue
      mkdirSync(join(dir, 'ler'), { recursive: true })
      writeFileSync(join(dir, 'ler', 'index.html'), html)
      if (dir !== deckOutDir(deck, siteDir)) {
        for (const slide of captured.reader.filter(s => s.picture))
          writeFileSync(join(dir, 'ler', slide.picture!), readFileSync(join(deckOutDir(deck, siteDir), 'ler', slide.picture!)))
      }
      for (const page of ['index.html', '404.html']) {
        const file = join(dir, page)
        if (existsSync(file)) writeFileSync(file, injectDeckStudy(readFileSync(file, 'utf8'), base))
      }
    }
  }
  for (const index of writeSearchIndexes(siteDir, decks, options.notes))
    report.push(`busca: ${index.file.slice(siteDir.length + 1)} ${formatBytes(index.bytes)} (gzip ${formatBytes(index.gzip)})`)
  await bundleStudyScripts(siteDir)
  writeWebManifest(siteDir, base)
  const browser = await launchChromium()
  try {
    await writeIcons(browser, siteDir)
  }
  finally {
    await browser.close()
  }
  const plan = await writeServiceWorker(siteDir, base, deckIds)
  for (const [group, entries] of Object.entries(plan.groups))
    report.push(`offline: ${group} ${formatBytes(plan.bytes[group])} (${entries.length} arquivos)`)
  return report
}
