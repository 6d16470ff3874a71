// The search dialog inside a deck or the reader view (key `/` or the "Buscar" button): loaded
// only when first opened, so a deck's first slide downloads none of it.
import { attachSearch, RESULTS_CSS } from './search-ui'

const CSS = `
.dd-s-dialog { --dd-s-text: #0f1b2d; --dd-s-muted: #4a5a70; --dd-s-link: #084684; --dd-s-accent: #0b5cad; --dd-s-border: #9db4cf; --dd-s-surface: #eef4fb; --dd-s-mark: #fde68a; --dd-s-bg: #fff;
  width: min(44rem, calc(100vw - 2rem)); max-height: min(40rem, calc(100vh - 2rem)); padding: 0; border: 1px solid var(--dd-s-border); border-radius: 12px;
  background: var(--dd-s-bg); color: var(--dd-s-text); font: 16px/1.5 Inter, ui-sans-serif, system-ui, sans-serif; text-align: left; }
html.dark .dd-s-dialog { --dd-s-text: #e8eef7; --dd-s-muted: #a8b6ca; --dd-s-link: #a9d1ff; --dd-s-accent: #7ab8ff; --dd-s-border: #3f5578; --dd-s-surface: #17233a; --dd-s-mark: #854d0e; --dd-s-bg: #0e1624; }
.dd-s-dialog::backdrop { background: rgba(8, 15, 28, .55); }
.dd-s-dialog form { display: flex; flex-direction: column; max-height: inherit; }
.dd-s-head { display: flex; align-items: center; gap: .75rem; padding: .9rem 1rem .5rem; }
.dd-s-head h2 { margin: 0; font-size: 1.1rem; flex: 1; color: var(--dd-s-accent); }
.dd-s-close { font: inherit; font-size: .95rem; padding: .3rem .7rem; border-radius: 6px; border: 1px solid var(--dd-s-border); background: transparent; color: var(--dd-s-text); cursor: pointer; }
.dd-s-field { padding: 0 1rem; }
.dd-s-field label { display: block; font-size: .9rem; color: var(--dd-s-muted); margin-bottom: .25rem; }
.dd-s-field input { width: 100%; box-sizing: border-box; font: inherit; font-size: 1.05rem; padding: .55rem .7rem; border-radius: 8px; border: 2px solid var(--dd-s-accent); background: var(--dd-s-bg); color: var(--dd-s-text); }
.dd-s-status { margin: .5rem 1rem 0; font-size: .9rem; color: var(--dd-s-muted); min-height: 1.2em; }
.dd-s-results { overflow: auto; padding: 0 1rem 1rem; }
.dd-s-dialog :focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
${RESULTS_CSS}`

let dialog: HTMLDialogElement | undefined

function create(base: string): HTMLDialogElement {
  const style = document.createElement('style')
  style.textContent = CSS
  document.head.append(style)
  const el = document.createElement('dialog')
  el.className = 'dd-s-dialog'
  el.setAttribute('aria-labelledby', 'dd-s-heading')
  el.innerHTML = `<form method="dialog" role="search">
  <div class="dd-s-head"><h2 id="dd-s-heading">Buscar no curso</h2><button class="dd-s-close" value="fechar">Fechar <span aria-hidden="true">(Esc)</span></button></div>
  <div class="dd-s-field"><label for="dd-s-input">Palavras ou comando (acentos e maiúsculas não importam)</label>
  <input id="dd-s-input" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search"></div>
  <p class="dd-s-status" role="status" aria-live="polite"></p>
  <div class="dd-s-results"></div>
</form>`
  // Keys typed here are the dialog's: the deck underneath must not change slides.
  el.addEventListener('keydown', event => event.stopPropagation())
  el.addEventListener('keyup', event => event.stopPropagation())
  document.body.append(el)
  attachSearch({
    input: el.querySelector('input')!,
    results: el.querySelector('.dd-s-results')!,
    status: el.querySelector('.dd-s-status')!,
  }, base)
  return el
}

/** Shows the dialog; `typed` is what the user typed while it was loading. */
export function openSearchDialog(base: string, typed = ''): void {
  dialog ??= create(base)
  if (!dialog.open) dialog.showModal()
  const input = dialog.querySelector('input')!
  input.focus()
  if (typed) {
    input.value = typed
    input.dispatchEvent(new Event('input'))
  }
  else {
    input.select()
  }
}
