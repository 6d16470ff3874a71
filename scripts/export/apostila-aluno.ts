// The student's apostila (dist/pdf/aula-N-apostila-aluno.pdf), beside the lecturer's: per slide, the
// slide itself (the same live markup as the lecturer's apostila), a short study text — the notes'
// spoken text without stage directions, click markers or timing hints — and ruled lines to write
// on; the review questions with room to answer; the answers at the end. Its text comes from the
// notes, so `npm run live` gives it only to the presenter's session, like the lecturer's.
import { createMarkdownExit } from 'markdown-exit'
import type { Deck } from '#scripts/site/decks'
import { escapeHtml } from '@vue/shared'
import { slideAnchor, type SlidesSnapshot } from './apostila'
import type { SlideBox } from './slides-pdf'
import { isReviewSlide, reviewItems, studyText, type ReviewItem } from './study-text'
import { findQuestions, type AuthoredQuestion } from '#scripts/questions/parse'

const md = createMarkdownExit({ html: false, linkify: true, typographer: false })

export interface StudentSlide {
  no: number
  title: string
  /** The slide's Markdown (the review questions are read from it). */
  content: string
  note: string
}

export interface StudentApostilaInput {
  courseName: string
  deck: Pick<Deck, 'id' | 'number' | 'title' | 'subtitle' | 'topics'>
  slides: StudentSlide[]
  snapshot: SlidesSnapshot
  box: SlideBox
  pages?: Map<number, number>
}

export const studentApostilaFile = (deckId: string) => `${deckId}-apostila-aluno.pdf`

/** Width of a slide on the page, in CSS px: smaller than the lecturer's, so two slides fit a page. */
export const SLIDE_WIDTH = 460
/** Lines to write on after each slide, and for each review answer. */
export const NOTE_LINES = 4
export const ANSWER_LINES = 4

const letter = (i: number) => String.fromCharCode(65 + i)
const questionsOf = (content: string): AuthoredQuestion[] => findQuestions(content).flatMap(f => (f.question ? [f.question] : []))

/** A live question on paper: the prompt and its options, each with a box to tick. */
function questionBlock(q: AuthoredQuestion): string {
  const options = q.options.map((o, i) => `<li><span class="al-box" aria-hidden="true"></span><span class="al-letter">${letter(i)}</span> ${md.renderInline(o)}</li>`).join('')
  return `<div class="al-question"><p class="al-q">${md.renderInline(q.prompt)}${q.correct.length > 1 ? ' <em>(marque todas as certas)</em>' : ''}</p><ul class="al-options">${options}</ul></div>`
}

/** Its answer for the end of the apostila: the right option(s) in words, and the explanation. */
function questionAnswer(q: AuthoredQuestion): string {
  const right = q.correct.map(i => `<strong>${letter(i)}</strong> — ${md.renderInline(q.options[i])}`).join('; ')
  return `<li><p class="al-q">${md.renderInline(q.prompt)}</p><p>Resposta certa: ${right}.</p><p>${md.renderInline(q.explanation)}</p></li>`
}

const lines = (n: number, label: string) =>
  `<div class="al-lines" role="img" aria-label="${escapeHtml(label)}">${'<div class="al-line"></div>'.repeat(n)}</div>`

export function renderStudentApostilaHtml({ courseName, deck, slides, snapshot, box, pages }: StudentApostilaInput): string {
  if (slides.length !== snapshot.slides.length)
    throw new Error(`Aula ${deck.number}: ${slides.length} slides no deck, ${snapshot.slides.length} na visão de impressão.`)
  const scale = SLIDE_WIDTH / box.width
  const label = (s: StudentSlide) => s.title || `Slide ${s.no}`
  const review: ReviewItem[] = slides.filter(s => isReviewSlide(s.title) && !questionsOf(s.content).length).flatMap(s => reviewItems(s.content, s.note))
  const questions = slides.flatMap(s => questionsOf(s.content))
  const toc = slides.map(s => `
      <li><a href="#${slideAnchor(s.no)}"><span class="ap-toc-no">${s.no}</span><span class="ap-toc-title">${escapeHtml(label(s))}</span><span class="ap-toc-page">${pages?.get(s.no) ?? ''}</span></a></li>`).join('')
  const sections = slides.map((s, i) => {
    const asked = questionsOf(s.content)
    const isReview = isReviewSlide(s.title) && review.length > 0 && !asked.length
    const text = isReview || asked.length ? '' : studyText(s.note)
    const body = asked.length
      ? `${asked.map(questionBlock).join('')}<p class="al-label">Por que (anote antes de ver a resposta)</p>${lines(2, 'Linhas para justificar a resposta')}`
      : isReview
      ? `<ol class="al-questions">${reviewItems(s.content, s.note).map(q => `<li><p>${md.renderInline(q.question)}</p>${lines(ANSWER_LINES, 'Linhas para a resposta')}</li>`).join('')}</ol>`
      : `${text ? `<div class="al-text">${md.render(text)}</div>` : ''}<p class="al-label">Anotações</p>${lines(NOTE_LINES, 'Linhas para anotações')}`
    return `
    <section class="ap-slide" id="${slideAnchor(s.no)}" aria-labelledby="${slideAnchor(s.no)}-h">
      <h2 id="${slideAnchor(s.no)}-h"><span class="ap-slide-no">Slide ${s.no}</span> ${escapeHtml(label(s))}</h2>
      <div class="ap-frame" role="img" aria-label="Slide ${s.no}: ${escapeHtml(label(s))}"><div class="ap-scale">${snapshot.slides[i]}</div></div>
      ${body}
    </section>`
  }).join('')
  const answers = review.length || questions.length
    ? `
    <section class="al-answers" id="respostas" aria-labelledby="respostas-h">
      <h2 id="respostas-h">Respostas da revisão</h2>
      <p class="ap-intro">Tente responder antes de ler.</p>
      <ol>${questions.map(questionAnswer).join('')}${review.map(q => `<li><p class="al-q">${md.renderInline(q.question)}</p>${q.answer ? md.render(q.answer) : '<p>(sem resposta nas notas)</p>'}</li>`).join('')}</ol>
    </section>`
    : ''

  return `<!doctype html>
<html lang="pt-BR" class="${escapeHtml(snapshot.htmlClass)}">
<head>
<meta charset="utf-8">
<title>Apostila do aluno — Aula ${deck.number}: ${escapeHtml(deck.title)} — ${escapeHtml(courseName)}</title>
${snapshot.head}
<style>
@page { size: A4 portrait; margin: 18mm 15mm 16mm; }
html, body, #app { height: auto !important; overflow: visible !important; background: #fff !important; }
body.apostila { margin: 0; color: #0f1b2d; font: 10.5pt/1.5 'Inter', ui-sans-serif, system-ui, sans-serif; }
.apostila h1, .apostila h2 { font-family: 'Inter', ui-sans-serif, sans-serif; color: #0b5cad; }
.ap-cover { break-after: page; }
.ap-course { text-transform: uppercase; letter-spacing: .12em; font-weight: 600; color: #4a5a70; margin: 0 0 4mm; }
.ap-cover h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 2mm; font-weight: 700; }
.ap-subtitle { font-size: 13pt; color: #4a5a70; margin: 0 0 4mm; }
.ap-intro { color: #4a5a70; margin: 0 0 6mm; }
.ap-toc h2 { font-size: 14pt; margin: 0 0 3mm; }
.ap-toc ol { list-style: none; margin: 0; padding: 0; }
.ap-toc li { break-inside: avoid; }
.ap-toc a { display: flex; gap: 3mm; align-items: baseline; color: #0f1b2d; text-decoration: none; padding: 1mm 0; border-bottom: 0.5pt dotted #9db4cf; }
.ap-toc-no { width: 8mm; text-align: right; color: #4a5a70; font-variant-numeric: tabular-nums; }
.ap-toc-title { flex: 1; }
.ap-toc-page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
.ap-slide { break-inside: avoid; padding-bottom: 5mm; margin-bottom: 5mm; border-bottom: 0.75pt solid #dbe7f5; }
.ap-slide h2 { font-size: 12pt; margin: 0 0 2.5mm; font-weight: 600; break-after: avoid; }
.ap-slide-no { color: #b45309; font-weight: 700; margin-right: 1.5mm; }
.ap-frame { width: ${SLIDE_WIDTH}px; height: ${Math.ceil(box.height * scale)}px; overflow: hidden; border: 0.75pt solid #9db4cf; border-radius: 4px; }
.ap-scale { width: ${box.width}px; height: ${box.height}px; transform: scale(${scale.toFixed(5)}); transform-origin: 0 0; }
.ap-scale > .print-slide-container { break-after: auto !important; break-before: auto !important; }
.al-text { margin-top: 3mm; }
.al-text p, .al-answers p { margin: 0 0 2mm; }
.al-text code, .al-answers code, .al-questions code { font-family: 'JetBrains Mono', ui-monospace, monospace; font-size: 9pt; background: #eef4fb; padding: 0 1mm; border-radius: 2px; }
.al-label { margin: 3mm 0 0; font-size: 9pt; font-weight: 600; color: #4a5a70; text-transform: uppercase; letter-spacing: .08em; }
.al-lines { margin-top: 1mm; }
.al-line { height: 7.5mm; border-bottom: 0.75pt solid #8aa1bd; }
.al-questions { margin: 3mm 0 0; padding-left: 6mm; }
.al-questions li { break-inside: avoid; margin-bottom: 3mm; }
.al-questions p { margin: 0; font-weight: 600; }
.al-answers { break-before: page; }
.al-answers h2 { font-size: 14pt; margin: 0 0 2mm; }
.al-answers ol { padding-left: 6mm; }
.al-answers li { break-inside: avoid; margin-bottom: 3mm; }
.al-q { font-weight: 600; }
.al-question { margin-top: 3mm; break-inside: avoid; }
.al-options { list-style: none; margin: 1.5mm 0 0; padding: 0; }
.al-options li { display: flex; align-items: baseline; gap: 2mm; margin: 0 0 1.5mm; }
.al-box { flex: none; width: 3.5mm; height: 3.5mm; border: 0.75pt solid #0f1b2d; border-radius: 0.6mm; transform: translateY(0.6mm); }
.al-letter { font-weight: 700; }
</style>
</head>
<body class="apostila">
<main>
  <header class="ap-cover">
    <p class="ap-course">${escapeHtml(courseName)}</p>
    <h1>Aula ${deck.number}: ${escapeHtml(deck.title)}</h1>
    ${deck.subtitle ? `<p class="ap-subtitle">${escapeHtml(deck.subtitle)}</p>` : ''}
    <p class="ap-intro">Apostila do aluno: cada slide com um texto curto para estudar e linhas para as suas anotações. No fim, as respostas das perguntas de revisão.</p>
    <nav class="ap-toc" aria-label="Sumário">
      <h2>Sumário</h2>
      <ol>${toc}
      </ol>
    </nav>
  </header>${sections}${answers}
</main>
</body>
</html>
`
}
