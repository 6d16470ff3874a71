// Deep links (/aula-3/7, /aula-3/presenter/7) on static hosts. The decks use history mode, so a
// host must answer a deck's unknown paths with that deck's index.html:
// - Netlify: the root `_redirects` written here (one rewrite per deck; files still win);
// - Vercel: vercel.json rewrites; `npm run preview`: scripts/site/server.ts;
// - GitHub Pages, which only knows one root 404.html: that page sends the browser to the deck's
//   index.html with the path in `?__dd_path=`, and a tiny script in each deck's <head> puts the path
//   back in the address bar before the app starts, so the router opens the right slide.
import { escapeHtml } from '@vue/shared'
import { renderPage } from './page'

export const DEEP_LINK_PARAM = '__dd_path'

/** Netlify `_redirects` for the site root. */
export function netlifyRedirects(base: string, deckIds: string[]): string {
  return `${deckIds.map(id => `${base}${id}/*  ${base}${id}/index.html  200`).join('\n')}\n`
}

/** Runs first in a deck's index.html: restores the path the root 404.html carried over. */
export const RESTORE_SCRIPT = `<script>(function(){var m=/[?&]${DEEP_LINK_PARAM}=([^&#]*)/.exec(location.search);if(!m)return;history.replaceState(history.state,'',location.pathname.replace(/\\/$/,'')+decodeURIComponent(m[1])+location.hash)})()</script>`

/** Puts RESTORE_SCRIPT at the top of <head>, before Slidev's module scripts. Idempotent. */
export function injectRestoreScript(html: string): string {
  if (html.includes(DEEP_LINK_PARAM)) return html
  const head = /<head[^>]*>/i.exec(html)
  if (!head) throw new Error('index.html sem <head>: não dá para incluir o script de links diretos.')
  const at = head.index + head[0].length
  return html.slice(0, at) + RESTORE_SCRIPT + html.slice(at)
}

/**
 * Where a missing path should go: the deck's index.html with the rest of the path in the query, or
 * null when the path is not inside a deck (a real 404). Plain ES5 source: the 404 page runs this
 * very text in the browser (its tests run it too).
 */
export const DEEP_LINK_TARGET_JS = `function (pathname, search, hash, base, deckIds) {
  if (pathname.indexOf(base) !== 0) return null
  var rest = pathname.slice(base.length)
  var deck = rest.split('/')[0]
  if (deckIds.indexOf(deck) < 0) return null
  var sub = rest.slice(deck.length)
  if (sub === '' || sub === '/') return null
  return base + deck + '/?${DEEP_LINK_PARAM}=' + encodeURIComponent(sub + search) + hash
}`

/** The root 404.html: forwards deep links into a deck, otherwise says the page does not exist. */
export function render404(base: string, deckIds: string[], courseName: string): string {
  const logic = `(${DEEP_LINK_TARGET_JS})(location.pathname, location.search, location.hash, ${JSON.stringify(base)}, ${JSON.stringify(deckIds)})`
  return renderPage({
    title: `Página não encontrada — ${courseName}`,
    base,
    head: `<script>(function(){var target=${logic};if(target)location.replace(target)})()</script>\n`,
    style: `
h1, a { color: var(--dd-primary); }
main { max-width: 36rem; margin: 15vh auto; padding: 0 1.25rem; }`,
    body: `
<main>
<h1>Página não encontrada</h1>
<p>Este endereço não existe no site do curso ${escapeHtml(courseName)}.</p>
<p><a href="${base}">Ver todas as aulas</a></p>
</main>`,
  })
}
