// Every component slide of the built site at every click, in light and dark: a screenshot per step
// (test-results/components/<deck>-<slide>-<step>[-dark].png), nothing of the component outside the
// slide canvas or under the footer, no text under 20 px of the 980×552 canvas, the step's own text
// visible and the next step's not yet, and no transitions under prefers-reduced-motion.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CGROUP_STEPS, limits } from '#client/figures/cgroup-settings'
import { DOCKER_TIMELINE_STEPS, dockerHistory } from '#client/figures/docker-history'
import { COPY_ON_WRITE_STEPS, LAYER_STACK_STEPS, cowSteps } from '#client/figures/layer-scenario'
import { NAMESPACE_STEPS, namespacesOf, type NamespaceGroup } from '#client/figures/namespaces'
import { NETFILTER_STEPS, hops } from '#client/figures/netfilter-hops'
import { CONTAINER_VS_VM_STEPS } from '#client/figures/vm-container-stacks'
import { countClicks } from '#scripts/lint/click-count'
import { listDecks, loadDeck, projectRoot } from '#scripts/site/decks'
import { openSite, type Site } from '../support/site'

interface ComponentSpec {
  testid: string
  steps: number
  /** Text that appears at step k (and is not on screen before it). */
  textAt: (k: number, group?: NamespaceGroup) => string
}

const specs: Record<string, ComponentSpec> = {
  ContainerVsVm: { testid: 'container-vs-vm', steps: CONTAINER_VS_VM_STEPS, textAt: k => ['Hardware', 'Hipervisor', 'Docker Engine', '3 kernels'][k] },
  DockerTimeline: { testid: 'docker-timeline', steps: DOCKER_TIMELINE_STEPS, textAt: k => dockerHistory[k].title },
  LayerStack: { testid: 'layer-stack', steps: LAYER_STACK_STEPS, textAt: k => ['Camada 1', 'Camada do contêiner', 'o que o contêiner vê'][k] },
  CopyOnWrite: { testid: 'copy-on-write', steps: COPY_ON_WRITE_STEPS, textAt: k => (k ? `$ ${cowSteps[k - 1].command}` : '(vazia)') },
  NamespaceExplorer: {
    testid: 'namespace-explorer',
    steps: NAMESPACE_STEPS.classicos,
    textAt: (k, group) => (k ? namespacesOf(group!)[k - 1].host : namespacesOf(group!)[0].isolates),
  },
  CgroupLimits: { testid: 'cgroup-limits', steps: CGROUP_STEPS, textAt: k => (k === 0 ? 'docker run' : k <= limits.length ? limits[k - 1].meaning : 'OOM killer') },
  NetfilterFlow: { testid: 'netfilter-flow', steps: NETFILTER_STEPS, textAt: k => hops[k].label },
}

interface ComponentSlide { deck: string, no: number, component: string, group?: NamespaceGroup, clicks: number }

/** The slides whose source is a part file in slides/parts/, with the component each one shows. */
async function componentSlides(): Promise<ComponentSlide[]> {
  const found: ComponentSlide[] = []
  for (const deck of await listDecks()) {
    const shown = (await loadDeck(deck.file)).slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
    shown.forEach((slide, i) => {
      if (!slide.source.filepath.startsWith(join(projectRoot, 'slides/parts/'))) return
      const component = Object.keys(specs).find(name => slide.source.content.includes(`<${name}`))
      if (!component) return
      const group = /group="(\w+)"/.exec(slide.source.content)?.[1] as NamespaceGroup | undefined
      found.push({ deck: deck.id, no: i + 1, component, group, clicks: countClicks(slide.source.content, slide.frontmatter).total })
    })
  }
  return found
}

const slides = await componentSlides()
const outDir = join(projectRoot, 'test-results/components')

let site: Site
beforeAll(async () => {
  mkdirSync(outDir, { recursive: true })
  site = await openSite()
})
afterAll(() => site?.close())

/** Layout problems of the component on slide `no`: boxes outside the canvas or over the footer, small text. */
function inspect(page: Page, no: number, testid: string) {
  return page.evaluate(({ no, testid }) => {
    const canvas = document.querySelector(`.slidev-page-${no}`)!
    const root = canvas.querySelector(`[data-testid="${testid}"]`)!
    const box = canvas.getBoundingClientRect()
    const scale = box.width / 980
    const footer = canvas.querySelector('[data-testid="footer"]')?.getBoundingClientRect()
    const problems: string[] = []
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(el)
      const r = el.getBoundingClientRect()
      if (style.visibility === 'hidden' || el.closest('.sr-only') || r.width === 0) continue
      const name = `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`${name} sai do slide`)
      if (footer && r.bottom > footer.top + 1 && r.top < footer.bottom) problems.push(`${name} cobre o rodapé`)
      const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
      if (ownText && r.height / scale > 0 && Number.parseFloat(style.fontSize) < 19.9) problems.push(`${name} com texto de ${style.fontSize}`)
    }
    return problems
  }, { no, testid })
}

describe.each(['light', 'dark'] as const)('component slides, %s', (scheme) => {
  it('found every component slide in the decks', () => {
    expect(slides.map(s => s.component).sort()).toEqual(['CgroupLimits', 'ContainerVsVm', 'CopyOnWrite', 'DockerTimeline', 'LayerStack', 'NamespaceExplorer', 'NamespaceExplorer', 'NetfilterFlow'])
  })

  it.each(slides.map(s => [`${s.deck}/${s.no} ${s.component}${s.group ? ` ${s.group}` : ''}`, s] as const))('%s at every click', async (_, slide) => {
    const spec = specs[slide.component]
    expect(slide.clicks).toBe(spec.steps)
    const { context, external } = await site.newContext({ viewport: { width: 980, height: 552 }, colorScheme: scheme, reducedMotion: 'reduce' })
    const { page, errors } = await site.newPage(context)
    for (let k = 0; k <= spec.steps; k++) {
      await page.goto(`${site.origin}${site.base}${slide.deck}/${slide.no}?clicks=${k}`, { waitUntil: 'networkidle' })
      const root = page.locator(`.slidev-page-${slide.no} [data-testid="${spec.testid}"]`)
      await root.and(page.locator(`[data-step="${k}"]`)).waitFor()
      await page.screenshot({ path: join(outDir, `${slide.deck}-${slide.no}-${k}${scheme === 'dark' ? '-dark' : ''}.png`) })

      expect(await inspect(page, slide.no, spec.testid), `${slide.deck}/${slide.no}?clicks=${k}`).toEqual([])
      const now = root.getByText(spec.textAt(k, slide.group), { exact: false }).first()
      expect(await now.isVisible(), `"${spec.textAt(k, slide.group)}" visível no passo ${k}`).toBe(true)
      if (k < spec.steps) {
        const next = root.getByText(spec.textAt(k + 1, slide.group), { exact: false }).first()
        expect(await next.isVisible(), `"${spec.textAt(k + 1, slide.group)}" ainda escondido no passo ${k}`).toBe(false)
      }
      const moving = await root.evaluate(el => [el, ...el.querySelectorAll('*')].filter(e => getComputedStyle(e).transitionDuration.split(',').some(d => Number.parseFloat(d) > 0)).length)
      expect(moving, 'transições com prefers-reduced-motion').toBe(0)
    }
    expect(external).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
