// The same site built under a prefix (`BASE=/curso/`, a GitHub Pages project site) as a students-only
// mirror (`NOTES=off`): every link answers under the prefix; deep links and reloads work under
// `npm run preview` and on a GitHub-Pages-like host that only knows the root 404.html; and no speaker
// note is left anywhere in that dist.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen } from '#scripts/site/server'
import { distDir } from '#scripts/site/paths'
import { projectRoot } from '#scripts/site/decks'
import { firstSlideWithClicks } from '../support/deck-clicks'
import { noteSnippets } from '../support/note-snippets'
import { openSite, type Site } from '../support/site'

const BASE = '/curso/'
const prefixDist = `${distDir()}.curso`

let site: Site
let pages: { server: Server, origin: string }

/** A host like GitHub Pages: files as they are, and the root 404.html (status 404) for anything else. */
async function githubPagesLike(root: string, base: string) {
  const files = sirv(root, { dev: false })
  const notFound = readFileSync(join(root, '404.html'))
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (!path.startsWith(base)) return res.writeHead(404).end(notFound)
    req.url = `/${(req.url ?? '/').slice(base.length)}`
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound)
    })
  })
  return { server, origin: await listen(server) }
}

beforeAll(async () => {
  if (!(process.env.E2E_REUSE_BUILD && existsSync(join(prefixDist, 'index.html')))) {
    // The shared build (global-setup) has already linted these decks.
    execFileSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli/build.ts'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, BASE, DIST_DIR: prefixDist, NOTES: 'off', LINT: 'off' },
    })
  }
  site = await openSite(prefixDist, BASE)
  pages = await githubPagesLike(prefixDist, BASE)
})

afterAll(async () => {
  await site?.close()
  pages?.server.close()
})

describe(`built with BASE=${BASE}`, () => {
  it('answers 200 for every landing-page link and picture, all under the prefix', async () => {
    const { context, external } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    await page.goto(`${site.origin}${BASE}`, { waitUntil: 'networkidle' })
    const hrefs = await page.locator('a[href], img[src]').evaluateAll(els =>
      els.map(el => el.getAttribute('href') ?? el.getAttribute('src') ?? ''))
    const paths = hrefs.filter(h => !h.startsWith('#'))
    expect(paths.length).toBeGreaterThanOrEqual(site.decks.length * 4)
    for (const path of paths) {
      expect(path.startsWith(BASE), path).toBe(true)
      expect((await context.request.get(`${site.origin}${path}`)).status(), path).toBe(200)
    }
    expect(await page.locator('.actions a[data-kind="pdf"]').count()).toBe(site.decks.length)
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens deep links and reloads under `npm run preview`', async () => {
    const { context, external } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    for (const deck of site.decks) {
      for (const path of [`${deck.id}/2`, `${deck.id}/presenter/2`]) {
        await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'networkidle' })
        await page.locator('.slidev-page-2').first().waitFor()
        await page.reload({ waitUntil: 'networkidle' })
        await page.locator('.slidev-page-2').first().waitFor()
        expect(new URL(page.url()).pathname).toBe(`${BASE}${path}`)
      }
    }
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens deep links on a host that only has the root 404.html (GitHub Pages)', async () => {
    const context = await site.browser.newContext()
    const external: string[] = []
    await context.route('**/*', route => route.request().url().startsWith(pages.origin)
      ? route.continue()
      : (external.push(route.request().url()), route.abort()))
    const page = await context.newPage()
    for (const deck of site.decks) {
      // A slide with click steps: Slidev drops `?clicks=` from the URL of a slide that has none.
      const slide = await firstSlideWithClicks(deck.file)
      expect(slide, `${deck.id} tem um slide com cliques`).toBeGreaterThan(0)
      for (const path of [`${deck.id}/${slide}?clicks=1`, `${deck.id}/presenter/${slide}`]) {
        await page.goto(`${pages.origin}${BASE}${path}`)
        await page.waitForURL(u => `${u.pathname}${u.search}` === `${BASE}${path}`)
        await page.locator(`.slidev-page-${slide}`).first().waitFor()
      }
    }
    await page.goto(`${pages.origin}${BASE}nao-existe/7`)
    expect(await page.locator('h1').textContent()).toBe('Página não encontrada')
    expect(await page.locator(`a[href="${BASE}"]`).count()).toBe(1)
    expect(external).toEqual([])
    await context.close()
  })

  it('downloads the slide PDF from under the prefix', async () => {
    const { context } = await site.newContext({ acceptDownloads: true })
    const { page } = await site.newPage(context)
    const deck = site.decks[0]
    await page.goto(`${site.origin}${BASE}${deck.id}/presenter/2`, { waitUntil: 'networkidle' })
    const download = page.waitForEvent('download')
    await page.locator('button[title="Baixar em PDF"]').first().click()
    expect((await download).url()).toBe(`${site.origin}${BASE}pdf/${deck.id}.pdf`)
    await context.close()
  })
})

describe('students-only mirror (NOTES=off)', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map(f => join(dir, f)).filter(f => statSync(f).isFile())
  }

  it('leaves no speaker note text in any file of the dist', async () => {
    const snippets = await noteSnippets(site.decks, prefixDist)
    expect(snippets.length).toBeGreaterThanOrEqual(site.decks.length * 3)
    const found = filesUnder(prefixDist).flatMap((file) => {
      const text = readFileSync(file, 'latin1') + readFileSync(file, 'utf8')
      return snippets.filter(s => text.includes(s)).map(s => `${file}: ${s}`)
    })
    expect(found).toEqual([])
  })

  it('would have found them in the full build (the check above can fail)', async () => {
    const snippets = await noteSnippets(site.decks, prefixDist)
    const texts = filesUnder(distDir()).filter(f => /\.(js|html)$/.test(f)).map(f => readFileSync(f, 'utf8'))
    const missing = snippets.filter(s => !texts.some(t => t.includes(s)))
    expect(missing).toEqual([])
  })

  it('makes no apostila and does not link one; presenter mode has no notes', async () => {
    expect(readdirSync(join(prefixDist, 'pdf')).sort()).toEqual(site.decks.map(d => `${d.id}.pdf`).sort())
    const index = readFileSync(join(prefixDist, 'index.html'), 'utf8')
    expect(index).not.toContain('Apostila')
    const { context } = await site.newContext()
    const { page } = await site.newPage(context)
    await page.goto(`${site.origin}${BASE}${site.decks[0].id}/presenter/2`, { waitUntil: 'networkidle' })
    await page.locator('#slide-content .slidev-page-2').waitFor()
    expect(await page.locator('.slidev-presenter .slidev-note').allTextContents()).toEqual(['Sem notas.'])
    await context.close()
  })
})
