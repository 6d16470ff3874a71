// The landing page (dist/index.html): the course and one card per aula — cover picture, topics,
// slide count and the links to present, the presenter mode, the slide PDF and the apostila.
// Self-contained: inline CSS, the decks' own Inter (copied next to it), no request to other hosts.
import type { Deck } from './decks'
import { escapeHtml } from '@vue/shared'
import { course } from '#course'
import { renderPage } from './page'
import { formatMinutes } from '#scripts/export/study-text'
import { STUDY_LANDING_CSS, studyLandingBlock, studyLandingHead, studyLandingScript } from './study-landing'

export interface LandingCard extends Pick<Deck, 'id' | 'number' | 'title' | 'subtitle' | 'topics' | 'slideCount'> {
  /** Cover picture, relative to the site base (`covers/aula-1.webp`). */
  cover?: string
  /** Sizes of the PDFs, when the build made them. */
  pdfBytes?: number
  apostilaBytes?: number
  studentApostilaBytes?: number
  /** Planned minutes: the sum of the notes' `(~N min)` hints. */
  minutes?: number
}

export interface LandingOptions {
  base: string
  /** Offer the slide PDFs (off when the build skips them). */
  pdf: boolean
  /** Offer the apostilas (off in a students-only build without notes). */
  apostila: boolean
}

/** `1234567` → `1,2 MB` (pt-BR decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

/** At most four topics, as the card has room for. */
export function cardTopics(topics: string[]): string[] {
  return topics.slice(0, 4)
}

/** Every link of the landing page for a deck, in card order (the e2e tests follow them all). */
export function deckLinks(deck: Pick<Deck, 'id'>, { base, pdf, apostila }: LandingOptions) {
  return [
    { kind: 'present', label: 'Apresentar', href: `${base}${deck.id}/` },
    { kind: 'presenter', label: 'Modo apresentador', href: `${base}${deck.id}/presenter/` },
    { kind: 'ler', label: 'Modo leitura', href: `${base}${deck.id}/ler/` },
    ...(pdf ? [{ kind: 'pdf', label: 'PDF', href: `${base}pdf/${deck.id}.pdf` }] : []),
    ...(pdf && apostila ? [{ kind: 'apostila', label: 'Apostila', href: `${base}pdf/${deck.id}-apostila.pdf` }] : []),
    ...(pdf && apostila ? [{ kind: 'apostila-aluno', label: 'Apostila do aluno', href: `${base}pdf/${deck.id}-apostila-aluno.pdf` }] : []),
  ] as const
}

function card(deck: LandingCard, options: LandingOptions): string {
  const links = deckLinks(deck, options)
  const size = (kind: string) => {
    const bytes = kind === 'pdf' ? deck.pdfBytes : kind === 'apostila' ? deck.apostilaBytes : kind === 'apostila-aluno' ? deck.studentApostilaBytes : undefined
    return bytes ? ` <span class="size">(${formatBytes(bytes)})</span>` : ''
  }
  const headingId = `${deck.id}-titulo`
  return `
      <li>
        <article class="card" aria-labelledby="${headingId}">
          ${deck.cover
            ? `<img class="cover" src="${options.base}${deck.cover}" width="980" height="551" alt="Capa da Aula ${deck.number}: ${escapeHtml(deck.title)}">`
            : ''}
          <div class="body">
            <p class="eyebrow">Aula ${deck.number} <span aria-hidden="true">·</span> ${deck.slideCount} slides${deck.minutes ? ` <span aria-hidden="true">·</span> <span data-minutes="${deck.minutes}">cerca de ${formatMinutes(deck.minutes)}</span>` : ''}</p>
            <h3 id="${headingId}">${escapeHtml(deck.title)}</h3>
            ${deck.subtitle ? `<p class="subtitle">${escapeHtml(deck.subtitle)}</p>` : ''}
            <ul class="topics" aria-label="Tópicos da Aula ${deck.number}">${cardTopics(deck.topics).map(t => `<li>${escapeHtml(t)}</li>`).join('')}</ul>
            <ul class="actions" aria-label="Abrir a Aula ${deck.number}">${links.map(link => `
              <li><a class="${link.kind}" href="${link.href}" data-kind="${link.kind}"${link.kind.startsWith('pdf') || link.kind.startsWith('apostila') ? ' type="application/pdf"' : ''}>${link.label}<span class="sr-only"> da Aula ${deck.number}</span>${size(link.kind)}</a></li>`).join('')}
            </ul>
          </div>
        </article>
      </li>`
}

export function renderIndex(decks: LandingCard[], options: LandingOptions): string {
  const { base } = options
  const downloads = options.pdf
    ? options.apostila
      ? ' O PDF traz os slides, um por página; a apostila, cada slide com as notas do professor, em A4; a apostila do aluno, cada slide com um texto para estudar e linhas para anotar.'
      : ' O PDF traz os slides, um por página.'
    : ''
  return renderPage({
    title: `${course.name} — aulas`,
    base,
    head: `<meta name="description" content="${escapeHtml(course.name)}: ${decks.length} aulas em slides, com modo apresentador${options.pdf ? ' e PDFs' : ''}.">\n${studyLandingHead(base)}\n`,
    style: `
:root { --on-primary: #ffffff; }
@media (prefers-color-scheme: dark) { :root { --on-primary: var(--dd-bg); } }
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 16px; line-height: 1.55; }
body { margin: 0; }
a { color: var(--dd-primary); }
:focus-visible { border-radius: 4px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 1rem; top: -4rem; background: var(--dd-primary); color: var(--on-primary); padding: .5rem 1rem; border-radius: 6px; z-index: 1; }
.skip:focus { top: 1rem; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.site { border-bottom: 1px solid var(--dd-border); background: linear-gradient(135deg, var(--dd-surface) 0%, var(--dd-bg) 70%); }
header.site .wrap { padding-top: 2.5rem; padding-bottom: 2rem; border-left: 10px solid var(--dd-primary); }
.kicker { margin: 0; font-weight: 600; letter-spacing: .12em; text-transform: uppercase; color: var(--dd-muted); font-size: .85rem; }
h1 { margin: .25rem 0 .5rem; font-size: clamp(2rem, 5vw, 3rem); line-height: 1.1; color: var(--dd-primary); font-weight: 700; letter-spacing: -0.01em; }
.lead { margin: 0; max-width: 48rem; color: var(--dd-text); font-size: 1.1rem; }
main { padding: 2rem 0 3rem; }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr)); }
.card { height: 100%; display: flex; flex-direction: column; border: 1px solid var(--dd-border); border-radius: 12px; overflow: hidden; background: var(--dd-bg); }
.cover { display: block; width: 100%; height: auto; aspect-ratio: 980 / 551; border-bottom: 1px solid var(--dd-border); background: var(--dd-surface); }
.body { padding: 1.1rem 1.25rem 1.25rem; display: flex; flex-direction: column; gap: .5rem; flex: 1; }
.eyebrow { margin: 0; color: var(--dd-accent); font-weight: 700; font-size: .95rem; }
.card h3 { margin: 0; font-size: 1.45rem; line-height: 1.2; color: var(--dd-primary-strong); font-weight: 700; }
.subtitle { margin: 0; color: var(--dd-muted); }
.topics { margin: .25rem 0 0; padding-left: 1.2rem; }
.topics li::marker { color: var(--dd-primary); }
.actions { list-style: none; margin: auto 0 0; padding: .75rem 0 0; display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem; }
.actions a { display: block; text-align: center; padding: .5rem .75rem; border-radius: 8px; border: 2px solid var(--dd-primary); font-weight: 600; text-decoration: none; color: var(--dd-primary); }
.actions a:hover { background: var(--dd-surface); }
.actions a.present { background: var(--dd-primary); color: var(--on-primary); }
.actions a.present:hover { background: var(--dd-primary-strong); border-color: var(--dd-primary-strong); }
.size { font-weight: 400; }
footer.site { border-top: 1px solid var(--dd-border); color: var(--dd-muted); font-size: .95rem; }
footer.site .wrap { padding-top: 1.25rem; padding-bottom: 2rem; }
footer.site p { margin: .25rem 0; }
kbd { font: .85em 'Inter', ui-sans-serif, sans-serif; border: 1px solid var(--dd-border); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; }
@media (prefers-reduced-motion: no-preference) { .actions a { transition: background-color .15s; } }
${STUDY_LANDING_CSS}
`,
    body: `
<a class="skip" href="#aulas">Pular para as aulas</a>
<header class="site">
  <div class="wrap">
    <p class="kicker">Curso</p>
    <h1>${escapeHtml(course.name)}</h1>
    <p class="lead">${decks.length} aulas em slides para assistir, apresentar ou estudar.${downloads}</p>
    ${studyLandingBlock()}
  </div>
</header>
<main id="aulas" tabindex="-1">
  <div class="wrap">
    <h2 class="sr-only">Aulas</h2>
    <ol class="cards">${decks.map(deck => card(deck, options)).join('')}
    </ol>
  </div>
</main>
<footer class="site">
  <div class="wrap">
    <p>Nos slides: <kbd>→</kbd> ou <kbd>espaço</kbd> avança, <kbd>←</kbd> volta, <kbd>o</kbd> mostra a visão geral, <kbd>f</kbd> tela cheia.</p>
    <p>O modo apresentador mostra as notas, o próximo slide e o cronômetro; a aba com os slides acompanha a do apresentador no mesmo navegador.</p>
    <p>Tudo aqui funciona sem internet.</p>
  </div>
</footer>
${studyLandingScript(base)}`,
  })
}
