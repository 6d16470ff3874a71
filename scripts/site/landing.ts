// The landing page (dist/index.html): the course and one card per aula — cover picture, topics,
// slide count and the links to present, the presenter mode, the slide PDF and the apostila.
// Self-contained: inline CSS, the decks' own Inter (copied next to it), no request to other hosts.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Deck } from './decks'
import { course, sharedHeadmatter } from '#course'
import { escapeHtml } from '@vue/shared'

export interface LandingCard extends Pick<Deck, 'id' | 'number' | 'title' | 'subtitle' | 'topics' | 'slideCount'> {
  /** Cover picture, relative to the site base (`covers/aula-1.webp`). */
  cover?: string
  /** Sizes of the PDFs, when the build made them. */
  pdfBytes?: number
  apostilaBytes?: number
}

export interface LandingOptions {
  base: string
  /** Offer the slide PDFs (off when the build skips them). */
  pdf: boolean
  /** Offer the apostilas (off in a students-only build without notes). */
  apostila: boolean
}

/** The Inter files the page uses, copied into `fonts/` (the same @fontsource files the decks ship). */
export const LANDING_FONT_WEIGHTS = ['400', '600', '700'] as const
const fontFile = (weight: string) => `inter-latin-${weight}-normal.woff2`

const require = createRequire(import.meta.url)

export function copyLandingFonts(siteDir: string): void {
  mkdirSync(join(siteDir, 'fonts'), { recursive: true })
  for (const weight of LANDING_FONT_WEIGHTS) {
    const file = fontFile(weight)
    copyFileSync(require.resolve(`@fontsource/inter/files/${file}`), join(siteDir, 'fonts', file))
  }
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
    ...(pdf ? [{ kind: 'pdf', label: 'PDF', href: `${base}pdf/${deck.id}.pdf` }] : []),
    ...(pdf && apostila ? [{ kind: 'apostila', label: 'Apostila', href: `${base}pdf/${deck.id}-apostila.pdf` }] : []),
  ] as const
}

/** @font-face rules for the copied Inter files, under the site base. */
export function fontFaces(base: string): string {
  return LANDING_FONT_WEIGHTS.map(weight =>
    `@font-face{font-family:'Inter';font-style:normal;font-display:swap;font-weight:${weight};src:url(${base}fonts/${fontFile(weight)}) format('woff2')}`,
  ).join('\n')
}

function card(deck: LandingCard, options: LandingOptions): string {
  const links = deckLinks(deck, options)
  const size = (kind: string) => {
    const bytes = kind === 'pdf' ? deck.pdfBytes : kind === 'apostila' ? deck.apostilaBytes : undefined
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
            <p class="eyebrow">Aula ${deck.number} <span aria-hidden="true">·</span> ${deck.slideCount} slides</p>
            <h3 id="${headingId}">${escapeHtml(deck.title)}</h3>
            ${deck.subtitle ? `<p class="subtitle">${escapeHtml(deck.subtitle)}</p>` : ''}
            <ul class="topics" aria-label="Tópicos da Aula ${deck.number}">${cardTopics(deck.topics).map(t => `<li>${escapeHtml(t)}</li>`).join('')}</ul>
            <ul class="actions" aria-label="Abrir a Aula ${deck.number}">${links.map(link => `
              <li><a class="${link.kind}" href="${link.href}" data-kind="${link.kind}"${link.kind === 'pdf' || link.kind === 'apostila' ? ' type="application/pdf"' : ''}>${link.label}<span class="sr-only"> da Aula ${deck.number}</span>${size(link.kind)}</a></li>`).join('')}
            </ul>
          </div>
        </article>
      </li>`
}

export function renderIndex(decks: LandingCard[], options: LandingOptions): string {
  const { base } = options
  const downloads = options.pdf
    ? options.apostila
      ? ' O PDF traz os slides, um por página; a apostila, cada slide com as notas do professor, em A4.'
      : ' O PDF traz os slides, um por página.'
    : ''
  return `<!doctype html>
<html lang="${course.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(course.name)} — aulas</title>
<meta name="description" content="${escapeHtml(course.name)}: ${decks.length} aulas em slides, com modo apresentador${options.pdf ? ' e PDFs' : ''}.">
<link rel="icon" href="${escapeHtml(String(sharedHeadmatter.favicon))}">
<style>
${fontFaces(base)}
:root {
  --bg: #ffffff; --surface: #eef4fb; --border: #9db4cf; --text: #0f1b2d; --muted: #4a5a70;
  --primary: #0b5cad; --primary-strong: #084684; --on-primary: #ffffff; --accent: #b45309; --focus: #b45309;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0e1624; --surface: #17233a; --border: #3f5578; --text: #e8eef7; --muted: #a8b6ca;
    --primary: #7ab8ff; --primary-strong: #a9d1ff; --on-primary: #0e1624; --accent: #fbbf24; --focus: #fbbf24;
    color-scheme: dark;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); font: 16px/1.55 'Inter', ui-sans-serif, system-ui, sans-serif; }
body { margin: 0; }
a { color: var(--primary); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; border-radius: 4px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 1rem; top: -4rem; background: var(--primary); color: var(--on-primary); padding: .5rem 1rem; border-radius: 6px; z-index: 1; }
.skip:focus { top: 1rem; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.site { border-bottom: 1px solid var(--border); background: linear-gradient(135deg, var(--surface) 0%, var(--bg) 70%); }
header.site .wrap { padding-top: 2.5rem; padding-bottom: 2rem; border-left: 10px solid var(--primary); }
.kicker { margin: 0; font-weight: 600; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); font-size: .85rem; }
h1 { margin: .25rem 0 .5rem; font-size: clamp(2rem, 5vw, 3rem); line-height: 1.1; color: var(--primary); font-weight: 700; letter-spacing: -0.01em; }
.lead { margin: 0; max-width: 48rem; color: var(--text); font-size: 1.1rem; }
main { padding: 2rem 0 3rem; }
.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 30rem), 1fr)); }
.card { height: 100%; display: flex; flex-direction: column; border: 1px solid var(--border); border-radius: 12px; overflow: hidden; background: var(--bg); }
.cover { display: block; width: 100%; height: auto; aspect-ratio: 980 / 551; border-bottom: 1px solid var(--border); background: var(--surface); }
.body { padding: 1.1rem 1.25rem 1.25rem; display: flex; flex-direction: column; gap: .5rem; flex: 1; }
.eyebrow { margin: 0; color: var(--accent); font-weight: 700; font-size: .95rem; }
.card h3 { margin: 0; font-size: 1.45rem; line-height: 1.2; color: var(--primary-strong); font-weight: 700; }
.subtitle { margin: 0; color: var(--muted); }
.topics { margin: .25rem 0 0; padding-left: 1.2rem; }
.topics li::marker { color: var(--primary); }
.actions { list-style: none; margin: auto 0 0; padding: .75rem 0 0; display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem; }
.actions a { display: block; text-align: center; padding: .5rem .75rem; border-radius: 8px; border: 2px solid var(--primary); font-weight: 600; text-decoration: none; color: var(--primary); }
.actions a:hover { background: var(--surface); }
.actions a.present { background: var(--primary); color: var(--on-primary); }
.actions a.present:hover { background: var(--primary-strong); border-color: var(--primary-strong); }
.size { font-weight: 400; }
footer.site { border-top: 1px solid var(--border); color: var(--muted); font-size: .95rem; }
footer.site .wrap { padding-top: 1.25rem; padding-bottom: 2rem; }
footer.site p { margin: .25rem 0; }
kbd { font: .85em 'Inter', ui-sans-serif, sans-serif; border: 1px solid var(--border); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; }
@media (prefers-reduced-motion: no-preference) { .actions a { transition: background-color .15s; } }
</style>
</head>
<body>
<a class="skip" href="#aulas">Pular para as aulas</a>
<header class="site">
  <div class="wrap">
    <p class="kicker">Curso</p>
    <h1>${escapeHtml(course.name)}</h1>
    <p class="lead">${decks.length} aulas em slides para assistir, apresentar ou estudar.${downloads}</p>
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
</body>
</html>
`
}
