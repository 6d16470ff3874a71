// The reader view of an aula (`/aula-N/ler/`): the whole aula as one scrolling page for phones,
// screen readers and printing. Each slide's Markdown is rendered by markdown-exit (Slidev's own
// renderer) and reflowed at a readable size; Mermaid fences become the SVGs the build drew for the
// deck; a slide drawn by an interactive component shows its picture; every code block gets a
// "Copiar" button; each slide is a section whose number is an anchor (`#slide-7`). No notes.
import { createMarkdownExit } from 'markdown-exit'
import { course } from '#course'
import type { Deck } from './decks'
import { escapeHtml } from '@vue/shared'
import { parseQuestionYaml, QUESTION_LANG } from '#scripts/questions/parse'
import { renderPage } from './page'

export interface ReaderSlide {
  no: number
  title: string
  /** The slide's Markdown (frontmatter and notes left out). */
  content: string
  /** Build-time SVGs of its Mermaid fences, in order (from the print view). */
  diagrams: string[]
  /** Picture of the slide, relative to the reader page, when a component draws it. */
  picture?: string
  /** The slide's visible text (the picture's text alternative). */
  texts: string[]
}

export interface ReaderInput {
  base: string
  deck: Pick<Deck, 'id' | 'number' | 'title' | 'subtitle'>
  slides: ReaderSlide[]
  /** Planned minutes, for the header. */
  minutes?: number
  pdf?: string
}

const md = createMarkdownExit({ html: true, linkify: true, typographer: false })

/** `<ContainerVsVm …/>` and friends: a Vue component tag (PascalCase) that draws part of a slide. */
const COMPONENT = /<([A-Z][A-Za-z0-9]+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g

export function slideAnchor(no: number): string {
  return `slide-${no}`
}

export function hasComponent(content: string): boolean {
  return [...content.matchAll(COMPONENT)].length > 0
}

/** One slide's body as HTML: no title (the section's h2), its other headings from h3 on. */
export function renderSlideBody(slide: ReaderSlide, idPrefix: string): string {
  let diagram = 0
  let code = 0
  let pictured = false
  const source = slide.content
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(COMPONENT, () => {
      if (pictured || !slide.picture) return ''
      pictured = true
      return `\n\n<dd-picture></dd-picture>\n\n`
    })
  const env = {}
  const tokens = md.parse(source, env)
  // Drop the slide's first h1: it is the section's heading.
  const h1 = tokens.findIndex(t => t.type === 'heading_open' && t.tag === 'h1')
  if (h1 >= 0) tokens.splice(h1, 3)
  // The slide's other headings go under its h2, in order, whatever level the slide used.
  const levels = tokens.filter(t => t.type === 'heading_open').map(t => Number(t.tag.slice(1)))
  const top = Math.min(...levels)
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close')
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - top + 3)}`
    if (token.type === 'html_block') token.content = plainHtml(token.content)
    for (const child of token.children ?? []) if (child.type === 'html_inline') child.content = plainHtml(child.content)
  }
  md.renderer.rules.fence = (all, i) => {
    const token = all[i]
    const lang = token.info.trim().split(/[\s{]/)[0] ?? ''
    if (lang === 'mermaid') {
      const svg = slide.diagrams[diagram++]
      return svg ? `<figure class="diagram">${svg}</figure>\n` : ''
    }
    // A live question: prompt and options, never the answer (this page is also the students').
    if (lang === QUESTION_LANG) {
      const q = parseQuestionYaml(token.content).question
      return q ? `<div class="question"><p><strong>Pergunta:</strong> ${md.renderInline(q.prompt)}</p><ol type="A">${q.options.map(o => `<li>${md.renderInline(o)}</li>`).join('')}</ol></div>\n` : ''
    }
    const id = `${idPrefix}-code-${++code}`
    // tabindex: a long line scrolls sideways, and a scrollable box must be reachable by keyboard.
    return `<div class="code"><pre tabindex="0"${lang ? ` data-lang="${escapeHtml(lang)}"` : ''}><code id="${id}">${escapeHtml(token.content.replace(/\n$/, ''))}</code></pre>`
      + `<button type="button" class="copy" data-copy="${id}" hidden>Copiar<span class="sr-only"> o código</span></button></div>\n`
  }
  let html = md.renderer.render(tokens, md.options, env)
  const alt = `Figura do slide ${slide.no}: ${slide.title}`
  html = html.replace(/(?:<p>)?<dd-picture><\/dd-picture>(?:<\/p>)?/, slide.picture
    ? `<figure class="picture"><img src="${escapeHtml(slide.picture)}" alt="${escapeHtml(alt)}" loading="lazy" width="980" height="551">`
      + `<figcaption><details><summary>O que a figura mostra</summary><p>${escapeHtml(slide.texts.join(' · '))}</p></details></figcaption></figure>`
    : '')
  return html.trim()
}

/** Raw HTML of a slide, as the reader shows it: no Slidev click wrappers, no layout classes or styles. */
function plainHtml(html: string): string {
  const attr = /(<[a-z][\w-]*\b[^>]*?)\s(?:class|style)="[^"]*"/g
  return html.replace(/<\/?v-clicks?\b[^>]*>/g, '').replace(attr, '$1').replace(attr, '$1')
}


export function renderReader({ base, deck, slides, minutes, pdf }: ReaderInput): string {
  const deckUrl = `${base}${deck.id}/`
  const toc = slides.map(s => `<li><a href="#${slideAnchor(s.no)}">${s.no}. ${escapeHtml(s.title || `Slide ${s.no}`)}</a></li>`).join('')
  const sections = slides.map((s) => {
    const id = slideAnchor(s.no)
    return `
<section class="slide" id="${id}" aria-labelledby="${id}-h">
  <h2 id="${id}-h"><a class="no" href="#${id}" aria-label="Slide ${s.no}">${s.no}</a> ${escapeHtml(s.title || `Slide ${s.no}`)}</h2>
  ${renderSlideBody(s, id)}
  <p class="open"><a href="${deckUrl}${s.no}">Abrir o slide ${s.no} na apresentação</a></p>
</section>`
  }).join('')
  return renderPage({
    title: `Aula ${deck.number}: ${deck.title} (modo leitura) — ${course.name}`,
    base,
    head: `<link rel="manifest" href="${base}manifest.webmanifest">\n`,
    // The short names below are the course palette's (--dd-*, light or dark as the system is).
    style: `
:root { --bg: var(--dd-bg); --surface: var(--dd-surface); --border: var(--dd-border); --text: var(--dd-text); --muted: var(--dd-muted); --primary: var(--dd-primary); --strong: var(--dd-primary-strong); --accent: var(--dd-accent); }
*, *::before, *::after { box-sizing: border-box; }
html { background: var(--bg); color: var(--text); font: 18px/1.6 'Inter', ui-sans-serif, system-ui, sans-serif; -webkit-text-size-adjust: 100%; }
body { margin: 0; overflow-wrap: anywhere; }
a { color: var(--primary); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.wrap { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
header.top { border-bottom: 1px solid var(--border); background: var(--surface); }
header.top .wrap { padding-top: 1rem; padding-bottom: 1rem; }
.crumbs { margin: 0; font-size: .9rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
h1 { margin: .5rem 0 .25rem; font-size: 1.7rem; line-height: 1.2; color: var(--strong); }
.meta { margin: 0; color: var(--muted); }
.tools { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .75rem; }
.tools a, .tools button, .copy { font: 600 .9rem/1 'Inter', sans-serif; padding: .6rem .8rem; min-height: 44px; border-radius: 8px; border: 2px solid var(--primary); background: var(--bg); color: var(--primary); text-decoration: none; cursor: pointer; display: inline-flex; align-items: center; }
nav.toc { margin: 1rem 0; }
nav.toc ol { padding-left: 1.4rem; margin: .25rem 0; columns: 2 16rem; }
nav.toc li { break-inside: avoid; }
details.contents summary { cursor: pointer; font-weight: 600; padding: .6rem 0; }
.slide { padding: 1.25rem 0; border-top: 1px solid var(--border); }
.slide h2 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 .75rem; color: var(--strong); scroll-margin-top: 1rem; }
.slide h3 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
.slide .no { display: inline-block; min-width: 2.2rem; padding: .1rem .4rem; margin-right: .35rem; border-radius: 6px; background: var(--surface); color: var(--accent); text-decoration: none; text-align: center; font-variant-numeric: tabular-nums; }
.slide ul, .slide ol { padding-left: 1.3rem; }
.slide li { margin: .25rem 0; }
.slide table { border-collapse: collapse; width: 100%; display: block; overflow-x: auto; font-size: .95rem; }
.slide th, .slide td { border: 1px solid var(--border); padding: .35rem .5rem; text-align: left; vertical-align: top; }
.slide code { font-family: 'JetBrains Mono', ui-monospace, monospace; font-size: .9em; background: var(--surface); padding: .05em .3em; border-radius: 4px; }
.code { position: relative; margin: .75rem 0; }
.code pre { margin: 0; padding: .75rem; padding-right: 5.5rem; overflow-x: auto; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; font-size: .85rem; line-height: 1.5; }
.code pre code { background: none; padding: 0; font-size: 1em; white-space: pre; overflow-wrap: normal; }
.copy { position: absolute; top: .35rem; right: .35rem; }
figure { margin: .75rem 0; }
figure.diagram svg { max-width: 100% !important; height: auto !important; max-height: none !important; }
figure.picture img { width: 100%; height: auto; border: 1px solid var(--border); border-radius: 8px; }
figcaption { font-size: .9rem; color: var(--muted); }
blockquote { margin: .75rem 0; padding: .5rem 1rem; border-left: 4px solid var(--primary); background: var(--surface); }
.open { margin: .75rem 0 0; font-size: .9rem; }
footer.end { border-top: 1px solid var(--border); color: var(--muted); padding: 1rem 0 2rem; }
@media print {
  html { font-size: 11pt; background: #fff; color: #000; }
  header.top { background: none; }
  .tools, .open, nav.toc, .copy { display: none !important; }
  .slide { break-inside: avoid-page; }
  .code pre { white-space: pre-wrap; }
  a { color: inherit; text-decoration: none; }
}
`,
    body: `
<header class="top">
  <div class="wrap">
    <p class="crumbs"><a href="${base}">${escapeHtml(course.name)}: todas as aulas</a><a href="${deckUrl}">Apresentação</a>${pdf ? `<a href="${escapeHtml(pdf)}" type="application/pdf">PDF dos slides</a>` : ''}</p>
    <h1>Aula ${deck.number}: ${escapeHtml(deck.title)}</h1>
    <p class="meta">${deck.subtitle ? `${escapeHtml(deck.subtitle)} · ` : ''}${slides.length} slides${minutes ? ` · cerca de ${Math.round(minutes)} min` : ''} · modo leitura</p>
    <div class="tools"><button type="button" id="dd-ler-buscar" aria-keyshortcuts="/">Buscar no curso</button></div>
  </div>
</header>
<main class="wrap">
  <details class="contents"><summary>Slides desta aula</summary><nav class="toc" aria-label="Slides desta aula"><ol>${toc}</ol></nav></details>
${sections}
</main>
<footer class="end"><div class="wrap"><p>Fim da Aula ${deck.number}. <a href="${base}">Voltar às aulas</a>.</p></div></footer>
<script type="module" src="${base}study/reader.js"></script>
`,
  })
}
