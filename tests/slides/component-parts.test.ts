// The six part files that show the components: each slide's clicks, which the component registers
// (no `clicks:` in the slide), must be the component's step count, its notes must have one [click]
// per step (or the presenter notes and the drawing fall out of step), and each part must be
// imported by the deck of its aula.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { CGROUP_STEPS } from '#client/figures/cgroup-settings'
import { DOCKER_TIMELINE_STEPS } from '#client/figures/docker-history'
import { COPY_ON_WRITE_STEPS, LAYER_STACK_STEPS } from '#client/figures/layer-scenario'
import { NAMESPACE_STEPS } from '#client/figures/namespaces'
import { NETFILTER_STEPS } from '#client/figures/netfilter-hops'
import { CONTAINER_VS_VM_STEPS } from '#client/figures/vm-container-stacks'
import { countClicks } from '#scripts/lint/click-count'
import { listDecks, loadDeck, projectRoot } from '#scripts/site/decks'

interface PartSlide { tag: string, steps: number }
const parts: Record<string, { aula: number, slides: PartSlide[] }> = {
  'container-vs-vm': { aula: 1, slides: [{ tag: '<ContainerVsVm', steps: CONTAINER_VS_VM_STEPS }] },
  'docker-timeline': { aula: 2, slides: [{ tag: '<DockerTimeline', steps: DOCKER_TIMELINE_STEPS }] },
  'layers-copy-on-write': { aula: 3, slides: [{ tag: '<LayerStack', steps: LAYER_STACK_STEPS }, { tag: '<CopyOnWrite', steps: COPY_ON_WRITE_STEPS }] },
  'namespace-explorer': { aula: 4, slides: [
    { tag: '<NamespaceExplorer group="classicos"', steps: NAMESPACE_STEPS.classicos },
    { tag: '<NamespaceExplorer group="demais"', steps: NAMESPACE_STEPS.demais },
  ] },
  'cgroup-limits': { aula: 4, slides: [{ tag: '<CgroupLimits', steps: CGROUP_STEPS }] },
  'netfilter-flow': { aula: 4, slides: [{ tag: '<NetfilterFlow', steps: NETFILTER_STEPS }] },
}

const partFile = (name: string) => join(projectRoot, 'slides/parts', `${name}.md`)
const words = (text: string) => text.replace(/\[click\]/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0

describe.each(Object.entries(parts))('part %s', (name, part) => {
  it('has one slide per component view, its clicks the component\'s steps and declared by it alone', async () => {
    const md = await parse(readFileSync(partFile(name), 'utf8'), partFile(name))
    expect(md.slides).toHaveLength(part.slides.length)
    md.slides.forEach((slide, i) => {
      const expected = part.slides[i]
      expect(slide.content).toContain(expected.tag)
      expect(slide.frontmatter).not.toHaveProperty('clicks')
      expect(countClicks(slide.content, slide.frontmatter).total).toBe(expected.steps)
      expect(slide.title?.trim()).toMatch(/\p{L}{3,}/u)
      expect(slide.level).toBe(1)
    })
  })

  it('has Portuguese notes of at least 40 words with one [click] per step', async () => {
    const md = await parse(readFileSync(partFile(name), 'utf8'), partFile(name))
    md.slides.forEach((slide, i) => {
      const note = slide.note ?? ''
      expect(words(note)).toBeGreaterThanOrEqual(40)
      expect(note.match(/\[click(?::\d+)?\]/g) ?? []).toHaveLength(part.slides[i].steps)
      // "contêiner" in prose; English only in code spans and cited titles (*The future of Linux Containers*).
      expect(note.replace(/`[^`]*`|\*[^*]+\*/g, '')).not.toMatch(/\bcontainers?\b/i)
    })
  })

  it(`is imported by aula ${part.aula}`, async () => {
    const deck = (await listDecks()).find(d => d.number === part.aula)!
    const data = await loadDeck(deck.file)
    expect(data.slides.filter(s => s.source.filepath === partFile(name))).toHaveLength(part.slides.length)
  })
})
