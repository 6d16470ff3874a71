// The student's apostila (dist/pdf/aula-N-apostila-aluno.pdf), beside the lecturer's: per slide, the
// slide itself (the same live markup as the lecturer's apostila), a short study text — the notes'
// spoken text without stage directions, click markers or timing hints — and ruled lines to write
// on; the review questions with room to answer; the answers at the end. Its text comes from the
// notes, so `npm run live` gives it only to the presenter's session, like the lecturer's.
import { createMarkdownExit } from 'markdown-exit'
import type { Deck } from '#scripts/site/decks'
import { escapeHtml } from '@vue/shared'
import type { SlidesSnapshot } from './apostila'
import { color, renderApostilaPage, slideSection } from './apostila-page'
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
  const label = (s: StudentSlide) => s.title || `Slide ${s.no}`
  const review: ReviewItem[] = slides.filter(s => isReviewSlide(s.title) && !questionsOf(s.content).length).flatMap(s => reviewItems(s.content, s.note))
  const questions = slides.flatMap(s => questionsOf(s.content))
  const sections = slides.map((s, i) => {
    const asked = questionsOf(s.content)
    const isReview = isReviewSlide(s.title) && review.length > 0 && !asked.length
    const text = isReview || asked.length ? '' : studyText(s.note)
    const body = asked.length
      ? `${asked.map(questionBlock).join('')}<p class="al-label">Por que (anote antes de ver a resposta)</p>${lines(2, 'Linhas para justificar a resposta')}`
      : isReview
      ? `<ol class="al-questions">${reviewItems(s.content, s.note).map(q => `<li><p>${md.renderInline(q.question)}</p>${lines(ANSWER_LINES, 'Linhas para a resposta')}</li>`).join('')}</ol>`
      : `${text ? `<div class="al-text">${md.render(text)}</div>` : ''}<p class="al-label">Anotações</p>${lines(NOTE_LINES, 'Linhas para anotações')}`
    return slideSection(s.no, label(s), snapshot.slides[i], body)
  }).join('')
  const answers = review.length || questions.length
    ? `
    <section class="al-answers" id="respostas" aria-labelledby="respostas-h">
      <h2 id="respostas-h">Respostas da revisão</h2>
      <p class="ap-intro">Tente responder antes de ler.</p>
      <ol>${questions.map(questionAnswer).join('')}${review.map(q => `<li><p class="al-q">${md.renderInline(q.question)}</p>${q.answer ? md.render(q.answer) : '<p>(sem resposta nas notas)</p>'}</li>`).join('')}</ol>
    </section>`
    : ''
  return renderApostilaPage({
    title: `Apostila do aluno — Aula ${deck.number}: ${deck.title} — ${courseName}`,
    courseName,
    deck,
    snapshot,
    box,
    slideWidth: SLIDE_WIDTH,
    intro: '<p class="ap-intro">Apostila do aluno: cada slide com um texto curto para estudar e linhas para as suas anotações. No fim, as respostas das perguntas de revisão.</p>',
    entries: slides.map(s => ({ no: s.no, label: label(s) })),
    pages,
    sections: sections + answers,
    style: `
.ap-intro { color: ${color['muted']}; margin: 0 0 6mm; }
.ap-slide { break-inside: avoid; padding-bottom: 5mm; margin-bottom: 5mm; border-bottom: 0.75pt solid ${color['surface-2']}; }
.al-text { margin-top: 3mm; }
.al-text p, .al-answers p { margin: 0 0 2mm; }
.al-text code, .al-answers code, .al-questions code { font-family: 'JetBrains Mono', ui-monospace, monospace; font-size: 9pt; background: ${color['surface']}; padding: 0 1mm; border-radius: 2px; }
.al-label { margin: 3mm 0 0; font-size: 9pt; font-weight: 600; color: ${color['muted']}; text-transform: uppercase; letter-spacing: .08em; }
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
.al-box { flex: none; width: 3.5mm; height: 3.5mm; border: 0.75pt solid ${color['text']}; border-radius: 0.6mm; transform: translateY(0.6mm); }
.al-letter { font-weight: 700; }`,
  })
}
