// The landing page's study block (client/study/landing.ts gives it life): the course search, the
// offline status with the download button, and the install button the browser may offer.
import { RESULTS_CSS } from '#client/study/search-ui'
import { studyHead } from './study-assets'

export function studyLandingHead(base: string): string {
  return studyHead(base)
}

export const STUDY_LANDING_CSS = `
.study { margin: 1.5rem 0 0; display: grid; gap: 1rem; max-width: 48rem; }
.study label { display: block; font-weight: 600; margin-bottom: .3rem; }
.study .hint { font-weight: 400; color: var(--dd-muted); font-size: .9rem; }
.study input[type=search] { width: 100%; font: inherit; font-size: 1.05rem; padding: .6rem .8rem; border-radius: 8px; border: 2px solid var(--dd-primary); background: var(--dd-bg); color: var(--dd-text); }
.study [role=status] { margin: .4rem 0 0; color: var(--dd-muted); font-size: .95rem; min-height: 1.2em; }
.study .offline { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
.study .offline p { margin: 0; flex: 1 1 16rem; }
.study button { font: 600 .95rem/1.2 'Inter', sans-serif; min-height: 44px; padding: .5rem .9rem; border-radius: 8px; border: 2px solid var(--dd-primary); background: var(--dd-bg); color: var(--dd-primary); cursor: pointer; }
.study button:disabled { opacity: .6; cursor: progress; }
.study [data-state=pronto] p { color: var(--dd-text); }
#dd-busca-resultados { --dd-s-text: var(--dd-text); --dd-s-muted: var(--dd-muted); --dd-s-link: var(--dd-primary-strong); --dd-s-accent: var(--dd-primary); --dd-s-border: var(--dd-border); --dd-s-surface: var(--dd-surface); --dd-s-mark: #fde68a; }
@media (prefers-color-scheme: dark) { #dd-busca-resultados { --dd-s-mark: #854d0e; } }
${RESULTS_CSS}`

export function studyLandingBlock(): string {
  return `
    <div class="study">
      <form id="dd-busca-form" role="search" aria-label="Buscar no curso">
        <label for="dd-busca">Buscar nas quatro aulas <span class="hint">(tecla <kbd>/</kbd>; acentos e maiúsculas não importam)</span></label>
        <input id="dd-busca" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" placeholder="ex.: copy-on-write, namespace, docker run">
        <p id="dd-busca-status" role="status" aria-live="polite"></p>
        <div id="dd-busca-resultados"></div>
      </form>
      <div id="dd-offline" class="offline" hidden>
        <p id="dd-offline-status" role="status" aria-live="polite">Este aparelho guarda a aula que você abrir para ver sem internet.</p>
        <button type="button" id="dd-offline-baixar">Baixar para estudar sem internet</button>
        <button type="button" id="dd-instalar" hidden>Instalar o curso como app</button>
      </div>
    </div>`
}

export function studyLandingScript(base: string): string {
  return `<script type="module" src="${base}study/landing.js"></script>`
}
