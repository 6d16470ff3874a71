// The real decks: every lint rule passes (so `npm test` runs the deck lint), and each deck has what
// issue #2 asks of an aula — cover, objectives, content, a demo with real commands, concept
// questions (```pergunta, issue #13), references, 12–25 slides, pt-BR, and the Mermaid diagrams it must carry.
import { describe, expect, it } from 'vitest'
import { listDecks } from '#scripts/site/decks'
import { formatProblem, lintDecks } from '#scripts/lint/index'
import { buildDeckView } from '#scripts/lint/deck-view'
import { findFences } from '#scripts/mermaid/fences'
import type { SlideView } from '#scripts/lint/types'

const decks = await listDecks()
const views = await Promise.all(decks.map(deck => buildDeckView(deck.file)))

/** Mermaid diagrams each aula must have, at least (issue #2). */
const MERMAID_AT_LEAST: Record<string, number> = { 'aula-1': 1, 'aula-3': 1, 'aula-4': 2 }

const title = (slide: SlideView) => String(slide.info.title ?? '')
const fences = (slide: SlideView) => findFences(slide.fileLines.slice(slide.contentStart, slide.end))

describe('the real decks', () => {
  it('pass every lint rule (npm run lint:slides prints nothing)', async () => {
    const problems = (await lintDecks(decks)).map(formatProblem)
    expect(problems.join('\n')).toBe('')
  }, 180_000)

  for (const view of views) {
    describe(view.id, () => {
      it('is in Brazilian Portuguese and has 12–25 slides', () => {
        expect(view.headmatter.lang).toBe('pt-BR')
        expect(view.slides.length).toBeGreaterThanOrEqual(12)
        expect(view.slides.length).toBeLessThanOrEqual(25)
      })

      it('opens with a cover and the objectives, and ends with concept questions and references', () => {
        expect(view.slides[0].layout).toBe('cover')
        expect(view.slides.slice(1, 3).some(s => /objetivo/i.test(title(s))), 'objetivos no 2º ou 3º slide').toBe(true)
        // The review is at least three ```pergunta slides (COMMON.md, live questions), one question
        // a slide, ids prefixed with the aula, right before the references.
        const asked = view.slides.map(s => fences(s).filter(f => f.lang === 'pergunta').length)
        expect(asked.filter(n => n > 1), 'uma pergunta por slide').toEqual([])
        const questions = view.slides.filter((_, i) => asked[i] === 1)
        expect(questions.length, 'perguntas').toBeGreaterThanOrEqual(3)
        const last = view.slides.length - 1
        expect(questions.at(-1)!.no, 'perguntas logo antes das referências').toBe(view.slides[last].no - 1)
        const ids = questions.map(s => /^id:\s*(\S+)/m.exec(s.fileLines.slice(s.contentStart, s.end).join('\n'))?.[1])
        for (const id of ids) expect(id).toMatch(new RegExp(`^a${view.id.split('-')[1]}-[a-z0-9-]+$`))
        expect(view.slides.some(s => /^revis/i.test(title(s))), 'o antigo slide “Revisão” saiu').toBe(false)
        expect(view.slides.slice(-3).some(s => /refer[êe]ncias/i.test(title(s))), 'referências no fim').toBe(true)
      })

      it('has a demo slide with real commands the lecturer can run', () => {
        const demos = view.slides.filter(s => /demonstra/i.test(title(s)))
        expect(demos.length).toBeGreaterThan(0)
        const commands = demos.flatMap(s => fences(s).filter(f => /^(bash|sh|shell|console|zsh)$/.test(f.lang))
          .flatMap(f => s.fileLines.slice(s.contentStart + f.open + 1, s.contentStart + f.close)))
        expect(commands.some(line => /^\s*(\$\s*)?(sudo\s+)?(docker|unshare|lsns|iptables|nft|cat|ls|mount)\b/.test(line)), 'comandos de verdade num bloco bash').toBe(true)
      })

      it('carries its Mermaid diagrams', () => {
        const diagrams = view.slides.flatMap(s => fences(s).filter(f => f.lang === 'mermaid'))
        expect(diagrams.length).toBeGreaterThanOrEqual(MERMAID_AT_LEAST[view.id] ?? 0)
      })
    })
  }
})
