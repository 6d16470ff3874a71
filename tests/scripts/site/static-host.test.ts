import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listDecks, projectRoot } from '#scripts/site/decks'
import { DEEP_LINK_PARAM, DEEP_LINK_TARGET_JS, injectRestoreScript, netlifyRedirects, render404, RESTORE_SCRIPT } from '#scripts/site/static-host'

/** The 404 page's own function, as the browser runs it. */
const deepLinkTarget = new Function(`return (${DEEP_LINK_TARGET_JS})`)() as
  (pathname: string, search: string, hash: string, base: string, deckIds: string[]) => string | null

const decks = ['aula-1', 'aula-2', 'aula-3']

describe('deepLinkTarget (what the root 404.html does on GitHub Pages)', () => {
  it('sends a deck deep link to the deck with its path in the query', () => {
    expect(deepLinkTarget('/curso/aula-3/7', '?clicks=2', '#x', '/curso/', decks))
      .toBe(`/curso/aula-3/?${DEEP_LINK_PARAM}=${encodeURIComponent('/7?clicks=2')}#x`)
    expect(deepLinkTarget('/aula-3/presenter/7', '', '', '/', decks))
      .toBe(`/aula-3/?${DEEP_LINK_PARAM}=${encodeURIComponent('/presenter/7')}`)
  })

  it('leaves real 404s alone: outside the base, not a deck, or the deck root itself', () => {
    expect(deepLinkTarget('/outro/aula-3/7', '', '', '/curso/', decks)).toBeNull()
    expect(deepLinkTarget('/curso/aula-9/7', '', '', '/curso/', decks)).toBeNull()
    expect(deepLinkTarget('/curso/pdf/x.pdf', '', '', '/curso/', decks)).toBeNull()
    expect(deepLinkTarget('/curso/aula-3/', '', '', '/curso/', decks)).toBeNull()
    expect(deepLinkTarget('/curso/aula-30/2', '', '', '/curso/', decks)).toBeNull()
  })
})

describe('RESTORE_SCRIPT (first thing in each deck index.html)', () => {
  function run(href: string): string {
    const url = new URL(href)
    const location = { search: url.search, pathname: url.pathname, hash: url.hash }
    let replaced = href
    const history = { state: null, replaceState: (_s: unknown, _t: string, to: string) => { replaced = new URL(to, url).href } }
    new Function('location', 'history', RESTORE_SCRIPT.replace(/^<script>|<\/script>$/g, ''))(location, history)
    return replaced
  }

  it('puts the carried path back into the address bar before the router starts', () => {
    const target = deepLinkTarget('/curso/aula-3/presenter/7', '?clicks=1', '', '/curso/', decks)!
    expect(run(`https://x.github.io${target}`)).toBe('https://x.github.io/curso/aula-3/presenter/7?clicks=1')
  })

  it('does nothing on an ordinary visit', () => {
    expect(run('https://x.github.io/curso/aula-3/7')).toBe('https://x.github.io/curso/aula-3/7')
  })

  it('is injected at the top of <head>, once', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><script type="module" src="/a.js"></script></head></html>'
    const once = injectRestoreScript(html)
    expect(once.indexOf(DEEP_LINK_PARAM)).toBeLessThan(once.indexOf('type="module"'))
    expect(injectRestoreScript(once)).toBe(once)
    expect(() => injectRestoreScript('<html></html>')).toThrow()
  })
})

describe('static host files', () => {
  it('root 404.html forwards deep links and says "Página não encontrada"', () => {
    const html = render404('/curso/', decks, 'Descomplicando o Docker')
    expect(html).toContain('Página não encontrada')
    expect(html).toContain('href="/curso/"')
    expect(html).toContain('["aula-1","aula-2","aula-3"]')
    expect(html).toContain('location.replace(target)')
  })

  it('Netlify: one SPA rewrite per deck, under the base', () => {
    expect(netlifyRedirects('/x/', ['aula-1', 'aula-2'])).toBe(
      '/x/aula-1/*  /x/aula-1/index.html  200\n/x/aula-2/*  /x/aula-2/index.html  200\n')
  })

  it('Vercel: the rewrite covers every deck and sends it to its own index.html', async () => {
    const config = JSON.parse(readFileSync(join(projectRoot, 'vercel.json'), 'utf8'))
    expect(config.outputDirectory).toBe('dist')
    const [rewrite] = config.rewrites
    expect(rewrite.destination).toBe('/:deck/index.html')
    // path-to-regexp `/:deck(aula-\d+)/:path*` as a plain RegExp.
    const inner = /\(([^)]+)\)/.exec(rewrite.source)![1]
    const pattern = new RegExp(`^/(${inner})/(.*)$`)
    for (const deck of await listDecks()) {
      expect(pattern.exec(`/${deck.id}/presenter/7`)?.[1]).toBe(deck.id)
    }
    expect(pattern.test('/pdf/aula-1.pdf')).toBe(false)
  })

  it('Netlify and GitHub Pages publish dist/', () => {
    expect(readFileSync(join(projectRoot, 'netlify.toml'), 'utf8')).toMatch(/publish = "dist"/)
    const workflow = readFileSync(join(projectRoot, '.github/workflows/pages.yml'), 'utf8')
    expect(workflow).toMatch(/path: dist/)
    expect(workflow).toMatch(/BASE:/)
  })
})
