// The document both apostilas print (the lecturer's, apostila.ts, and the student's,
// apostila-aluno.ts): A4, the slides' own styles from the print view, a cover with the contents
// list, then a section per slide with the slide as live markup. Printed on white paper: the light
// colours of the course palette.
import { escapeHtml } from '@vue/shared'
import { palettes } from '#client/palette'
import type { Deck } from '#scripts/site/decks'
import type { SlidesSnapshot } from './apostila'
import type { SlideBox } from './slides-pdf'

export const color = palettes.light

export function slideAnchor(no: number): string {
  return `slide-${no}`
}

export interface ApostilaPage {
  title: string
  courseName: string
  deck: Pick<Deck, 'number' | 'title' | 'subtitle'>
  snapshot: SlidesSnapshot
  box: SlideBox
  /** Width of a slide on the page, in CSS px. */
  slideWidth: number
  /** The cover's lines under the subtitle (topics, what this apostila is). */
  intro: string
  /** One contents entry per slide; `pages` gives each its page, from a first printing. */
  entries: Array<{ no: number, label: string }>
  pages?: Map<number, number>
  /** Each slide's section, from `slideSection`, and anything after them. */
  sections: string
  /** This apostila's own rules, after the shared ones. */
  style: string
}

/** A slide's section: heading, the slide itself scaled to the page, then `body`. */
export function slideSection(no: number, label: string, slide: string, body: string): string {
  return `
    <section class="ap-slide" id="${slideAnchor(no)}" aria-labelledby="${slideAnchor(no)}-h">
      <h2 id="${slideAnchor(no)}-h"><span class="ap-slide-no">Slide ${no}</span> ${escapeHtml(label)}</h2>
      <div class="ap-frame" role="img" aria-label="Slide ${no}: ${escapeHtml(label)}"><div class="ap-scale">${slide}</div></div>
      ${body}
    </section>`
}

export function renderApostilaPage(p: ApostilaPage): string {
  const scale = p.slideWidth / p.box.width
  const toc = p.entries.map(e => `
      <li><a href="#${slideAnchor(e.no)}"><span class="ap-toc-no">${e.no}</span><span class="ap-toc-title">${escapeHtml(e.label)}</span><span class="ap-toc-page">${p.pages?.get(e.no) ?? ''}</span></a></li>`).join('')
  return `<!doctype html>
<html lang="pt-BR" class="${escapeHtml(p.snapshot.htmlClass)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(p.title)}</title>
${p.snapshot.head}
<style>
@page { size: A4 portrait; margin: 18mm 15mm 16mm; }
html, body, #app { height: auto !important; overflow: visible !important; background: #fff !important; }
body.apostila { margin: 0; color: ${color['text']}; font: 10.5pt/1.5 'Inter', ui-sans-serif, system-ui, sans-serif; }
.apostila h1, .apostila h2 { font-family: 'Inter', ui-sans-serif, sans-serif; color: ${color['primary']}; }
.ap-cover { break-after: page; }
.ap-course { text-transform: uppercase; letter-spacing: .12em; font-weight: 600; color: ${color['muted']}; margin: 0 0 4mm; }
.ap-cover h1 { font-size: 24pt; line-height: 1.2; margin: 0 0 2mm; font-weight: 700; }
.ap-subtitle { font-size: 13pt; color: ${color['muted']}; margin: 0 0 4mm; }
.ap-toc h2 { font-size: 14pt; margin: 0 0 3mm; }
.ap-toc ol { list-style: none; margin: 0; padding: 0; }
.ap-toc li { break-inside: avoid; }
.ap-toc a { display: flex; gap: 3mm; align-items: baseline; color: ${color['text']}; text-decoration: none; padding: 1mm 0; border-bottom: 0.5pt dotted ${color['border']}; }
.ap-toc-no { width: 8mm; text-align: right; color: ${color['muted']}; font-variant-numeric: tabular-nums; }
.ap-toc-title { flex: 1; }
.ap-toc-page { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }
.ap-slide h2 { font-size: 12pt; margin: 0 0 2.5mm; font-weight: 600; break-after: avoid; }
.ap-slide-no { color: ${color['accent']}; font-weight: 700; margin-right: 1.5mm; }
.ap-frame { width: ${p.slideWidth}px; height: ${Math.ceil(p.box.height * scale)}px; overflow: hidden; border: 0.75pt solid ${color['border']}; border-radius: 4px; }
.ap-scale { width: ${p.box.width}px; height: ${p.box.height}px; transform: scale(${scale.toFixed(5)}); transform-origin: 0 0; }
.ap-scale > .print-slide-container { break-after: auto !important; break-before: auto !important; }
${p.style.trim()}
</style>
</head>
<body class="apostila">
<main>
  <header class="ap-cover">
    <p class="ap-course">${escapeHtml(p.courseName)}</p>
    <h1>Aula ${p.deck.number}: ${escapeHtml(p.deck.title)}</h1>
    ${p.deck.subtitle ? `<p class="ap-subtitle">${escapeHtml(p.deck.subtitle)}</p>` : ''}
    ${p.intro.trim()}
    <nav class="ap-toc" aria-label="Sumário">
      <h2>Sumário</h2>
      <ol>${toc}
      </ol>
    </nav>
  </header>${p.sections}
</main>
</body>
</html>
`
}
