// The built site as a visitor meets it, served like a static host with every other host blocked:
// the landing page (cards, pictures, fonts, every link answering 200, keyboard and axe), deep links
// and reloads into slides and presenter mode, and each deck's "Download as PDF" button.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { course } from '#course'
import { cardTopics } from '#scripts/site/landing'
import { distDir } from '#scripts/site/paths'
import { openSite, type Site } from '../support/site'

let site: Site
beforeAll(async () => {
  site = await openSite()
})
afterAll(() => site?.close())

const url = (path: string) => `${site.origin}${site.base}${path}`

describe('landing page', () => {
  it('shows the course and one card per aula: number, title, topics, cover picture, slide count', async () => {
    const { context, external } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    const fonts: string[] = []
    page.on('response', (res) => { if (/\.woff2$/.test(res.url()) && res.ok()) fonts.push(res.url()) })
    await page.goto(url(''), { waitUntil: 'networkidle' })

    await expect(page.locator('h1').textContent()).resolves.toBe(course.name)
    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR')
    const cards = page.locator('article.card')
    expect(await cards.count()).toBe(site.decks.length)
    for (const [i, deck] of site.decks.entries()) {
      const card = cards.nth(i)
      expect(await card.locator('h3').textContent()).toBe(deck.title)
      expect(await card.textContent()).toContain(`Aula ${deck.number}`)
      expect(await card.textContent()).toContain(`${deck.slideCount} slides`)
      const topics = await card.locator('.topics li').allTextContents()
      expect(topics).toEqual(cardTopics(deck.topics))
      expect(topics.length).toBeGreaterThanOrEqual(2)
      expect(topics.length).toBeLessThanOrEqual(4)
      const cover = card.locator('img.cover')
      expect(await cover.getAttribute('alt')).toContain(deck.title)
      expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(400)
      const links = await card.locator('.actions a').evaluateAll(as => as.map(a => a.textContent?.replace(/\s*\(.*\)$/, '')))
      expect(links).toEqual([
        `Apresentar da Aula ${deck.number}`,
        `Modo apresentador da Aula ${deck.number}`,
        `Modo leitura da Aula ${deck.number}`,
        `PDF da Aula ${deck.number}`,
        `Apostila da Aula ${deck.number}`,
        `Apostila do aluno da Aula ${deck.number}`,
      ])
    }
    // The decks' own Inter, served from the site itself.
    expect(await page.evaluate(() => document.fonts.check('700 16px Inter'))).toBe(true)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every(f => f.startsWith(site.origin))).toBe(true)
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('answers 200 for every link and picture on it, PDFs as PDFs', async () => {
    const { context, external } = await site.newContext()
    const { page } = await site.newPage(context)
    await page.goto(url(''), { waitUntil: 'networkidle' })
    const targets = await page.locator('a[href], img[src], link[href]').evaluateAll(els =>
      els.map(el => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src).filter(href => !href.startsWith('data:')))
    const links = [...new Set(targets.map(t => t.split('#')[0]))]
    expect(links.length).toBeGreaterThanOrEqual(site.decks.length * 5)
    for (const link of links) {
      expect(link.startsWith(site.origin), link).toBe(true)
      const res = await context.request.get(link)
      expect(res.status(), link).toBe(200)
      if (link.endsWith('.pdf')) {
        expect(res.headers()['content-type']).toContain('application/pdf')
        expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-')
        expect(statSync(join(distDir(), link.slice(url('').length))).size).toBe((await res.body()).length)
      }
    }
    // Following each deck link really opens that deck.
    for (const deck of site.decks) {
      await page.goto(url(''))
      await page.locator(`a[href="${site.base}${deck.id}/"]`).click()
      await page.waitForURL(`**${site.base}${deck.id}/1`)
      await page.locator('.slidev-page-1').waitFor()
    }
    expect(external).toEqual([])
    await context.close()
  })

  it('is usable by keyboard alone, with a visible focus on every link', async () => {
    const { context } = await site.newContext()
    const { page } = await site.newPage(context)
    await page.goto(url(''), { waitUntil: 'networkidle' })
    // The study block (search box, offline button) shows once the service worker is ready.
    await page.locator('#dd-offline-baixar').waitFor()
    const linkCount = await page.locator('a[href]').count()
    const seen: string[] = []
    // Tab to the end of the page (the search box and the offline button sit among the links).
    for (let i = 0; i < linkCount + 10; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        if (el === document.body) return undefined
        const style = getComputedStyle(el)
        return { href: el.getAttribute('href') ?? '', outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) }
      })
      if (!focus) break
      expect(focus.outline, focus.href).not.toBe('none')
      expect(focus.width, focus.href).toBeGreaterThanOrEqual(2)
      if (focus.href) seen.push(focus.href)
    }
    expect(seen[0]).toBe('#aulas')
    const hrefs = await page.locator('a[href]').evaluateAll(as => as.map(a => a.getAttribute('href') ?? ''))
    expect([...new Set(seen)].sort()).toEqual([...new Set(hrefs)].sort())
    expect(seen).toHaveLength(linkCount)
    // The skip link moves focus to the aulas.
    await page.goto(url(''))
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('aulas')
    await context.close()
  })

  it('has landmarks and no WCAG 2 A/AA violation (axe), in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context } = await site.newContext({ colorScheme })
      const { page } = await site.newPage(context)
      await page.goto(url(''), { waitUntil: 'networkidle' })
      expect(await page.locator('header, main, footer').count()).toBe(3)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target).join(', ')}`), colorScheme).toEqual([])
      await context.close()
    }
  })
})

describe('deep links and reloads', () => {
  it('opens /aula-N/K on slide K, and a reload stays there', async () => {
    const { context, external } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    for (const deck of site.decks) {
      const k = Math.ceil(deck.slideCount / 2)
      const res = await page.goto(url(`${deck.id}/${k}`), { waitUntil: 'networkidle' })
      expect(res?.status()).toBe(200)
      await page.locator(`.slidev-page-${k}`).waitFor()
      expect(new URL(page.url()).pathname).toBe(`${site.base}${deck.id}/${k}`)
      await page.reload({ waitUntil: 'networkidle' })
      await page.locator(`.slidev-page-${k}`).waitFor()
      expect(new URL(page.url()).pathname).toBe(`${site.base}${deck.id}/${k}`)
    }
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens /aula-N/presenter/K in presenter mode on slide K, also after a reload', async () => {
    const { context, external } = await site.newContext()
    const { page, errors } = await site.newPage(context)
    for (const deck of site.decks) {
      const k = Math.min(3, deck.slideCount)
      await page.goto(url(`${deck.id}/presenter/${k}`), { waitUntil: 'networkidle' })
      await page.locator(`.slidev-presenter .dd-presenter__current .slidev-page-${k}`).waitFor()
      await page.reload({ waitUntil: 'networkidle' })
      await page.locator(`.slidev-presenter .dd-presenter__current .slidev-page-${k}`).waitFor()
      expect(new URL(page.url()).pathname).toBe(`${site.base}${deck.id}/presenter/${k}`)
    }
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('answers 404 outside the decks, and the root 404 page says so in Portuguese', async () => {
    const { context } = await site.newContext()
    const res = await context.request.get(url('nao-existe'))
    expect(res.status()).toBe(404)
    const page404 = readFileSync(join(distDir(), '404.html'), 'utf8')
    expect(page404).toContain('Página não encontrada')
    await context.close()
  })
})

describe('download button', () => {
  it('downloads the deck\'s own PDF from a slide and from presenter mode', async () => {
    const { context, external } = await site.newContext({ acceptDownloads: true })
    const { page } = await site.newPage(context)
    const deck = site.decks[Math.min(1, site.decks.length - 1)]
    const expected = statSync(join(distDir(), 'pdf', `${deck.id}.pdf`)).size
    for (const path of [`${deck.id}/3`, `${deck.id}/presenter/3`]) {
      await page.goto(url(path), { waitUntil: 'networkidle' })
      const download = page.waitForEvent('download')
      await page.locator('button[title="Baixar em PDF"]').first().click()
      expect((await download).url()).toBe(url(`pdf/${deck.id}.pdf`))
      const file = await (await download).path()
      expect(statSync(file).size, path).toBe(expected)
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
    }
    expect(external).toEqual([])
    await context.close()
  })
})
