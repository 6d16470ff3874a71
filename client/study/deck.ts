// Added to every deck's index.html by the build (scripts/site/study-assets.ts): the `/` key and a
// small "Buscar" / "Ler" bar in the top corner, and offline study (this aula cached first). The
// search dialog itself loads on first use. Nothing runs in the print view the exports use.
import { onSearchKey } from './keys'
import { startOffline } from './offline'
import { currentDeck, siteBase } from './site'

const base = siteBase()
const deck = currentDeck(base)
const rest = deck ? location.pathname.slice(base.length + deck.length) : ''
const printing = /^\/print(\/|$)/.test(rest) || new URLSearchParams(location.search).has('print')

/** Opens the dialog; keys typed while it loads go to it, not to the deck (`d` would toggle dark mode). */
function openSearch() {
  let typed = ''
  const hold = (event: KeyboardEvent) => {
    event.stopPropagation()
    event.preventDefault()
    if (event.key.length === 1) typed += event.key
  }
  window.addEventListener('keydown', hold, { capture: true })
  void import('./search-dialog').then(m => m.openSearchDialog(base, typed)).finally(() => {
    window.removeEventListener('keydown', hold, { capture: true })
  })
}

function addBar(deckId: string) {
  const style = document.createElement('style')
  style.textContent = `
.dd-study-bar { position: fixed; z-index: 100; top: .5rem; right: .5rem; display: flex; gap: .35rem; }
.dd-study-bar a, .dd-study-bar button { font: 600 14px/1 Inter, ui-sans-serif, system-ui, sans-serif; min-height: 32px; padding: .45rem .7rem; border-radius: 6px;
  border: 1px solid #9db4cf; background: #ffffff; color: #084684; text-decoration: none; cursor: pointer; }
html.dark .dd-study-bar a, html.dark .dd-study-bar button { background: #0e1624; color: #a9d1ff; border-color: #3f5578; }
.dd-study-bar :focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
@media print { .dd-study-bar { display: none; } }`
  const bar = document.createElement('nav')
  bar.className = 'dd-study-bar'
  bar.setAttribute('aria-label', 'Estudo')
  const search = document.createElement('button')
  search.type = 'button'
  search.textContent = 'Buscar'
  search.title = 'Buscar no curso (tecla /)'
  search.setAttribute('aria-keyshortcuts', '/')
  search.addEventListener('click', openSearch)
  const read = document.createElement('a')
  read.href = `${base}${deckId}/ler/`
  read.textContent = 'Ler'
  read.title = 'Modo leitura: a aula numa página só, boa para o celular'
  read.setAttribute('aria-label', 'Modo leitura desta aula')
  bar.append(search, read)
  document.head.append(style)
  document.body.append(bar)
}

if (!printing) {
  onSearchKey(openSearch)
  if (deck && !/^\/(presenter|notes|overview|controle)(\/|$)/.test(rest)) addBar(deck)
  void startOffline({ base, deck })
}
