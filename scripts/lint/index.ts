// The deck linter: every rule over every deck, problems as `file:line: mensagem`.
import { dirname } from 'node:path'
import type { Deck } from '#scripts/site/decks'
import { buildDeckView, fileLines, projectPath } from './deck-view'
import { fileProse } from './prose'
import { checkAssets } from '#scripts/lint/rules/assets'
import { checkClicks } from '#scripts/lint/rules/clicks'
import { checkComponents } from '#scripts/lint/rules/components'
import { checkContainerSpelling } from '#scripts/lint/rules/container'
import { checkHeadmatter } from '#scripts/lint/rules/headmatter'
import { checkLinks } from '#scripts/lint/rules/links'
import { checkMermaid } from '#scripts/lint/rules/mermaid'
import { checkNotes } from '#scripts/lint/rules/notes'
import { checkQuestions, type QuestionIds } from '#scripts/lint/rules/questions'
import { checkQuotes } from '#scripts/lint/rules/quotes'
import { checkSpelling } from '#scripts/lint/rules/spelling'
import { checkTerms, firstBareVm } from '#scripts/lint/rules/terms'
import { checkTiming } from '#scripts/lint/rules/timing'
import { checkYaml } from '#scripts/lint/rules/yaml'
import { componentSources } from './sources'
import { slideProblem, type DeckView, type Problem, type SlideView } from './types'
import { projectRoot, slidesDir } from '#scripts/site/decks'

export type { Problem } from './types'

export interface LintOptions {
  /** Skip cspell (the slowest rule), e.g. while iterating on other rules. */
  spelling?: boolean
}

/** Rules over the prose of each file, once per file even when several decks import it. */
async function checkFiles(deck: DeckView, seen: Set<string>, options: LintOptions): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const [path, md] of Object.entries(deck.data.markdownFiles)) {
    if (seen.has(path)) continue
    seen.add(path)
    const file = projectPath(path)
    const text = fileProse(fileLines(path), md.slides)
    const context = (line: number) => {
      const slide = deck.slides.find(s => s.filepath === path && s.start <= line && line < s.end)
      return slide ? ` (${deck.id}, slide ${slide.no})` : ` (${deck.id})`
    }
    problems.push(...checkContainerSpelling(file, text.prose, context))
    problems.push(...checkTerms(file, text.ours, context))
    problems.push(...checkQuotes(file, text.prose, context))
    if (options.spelling !== false) problems.push(...await checkSpelling(file, text, context))
  }
  return problems
}

/** `questionIds` is shared by the decks linted together: a question id is unique in the whole course. */
export async function lintDeckFile(file: string, seen = new Set<string>(), options: LintOptions = {}, questionIds: QuestionIds = new Map()): Promise<Problem[]> {
  const deck = await buildDeckView(file)
  const problems = [
    ...checkYaml(deck),
    ...checkHeadmatter(deck),
    ...checkNotes(deck),
    ...checkTiming(deck),
    ...checkVmFirst(deck),
    ...checkClicks(deck),
    ...checkQuestions(deck, questionIds),
    ...await checkMermaid(deck),
    ...checkComponents(deck),
    ...checkAssets(deck),
    ...checkLinks(deck),
    ...await checkFiles(deck, seen, options),
  ]
  return sortProblems(problems)
}

/** "máquina virtual (VM)" before a bare "VM": the deck's prose in slide order, across its files. */
function checkVmFirst(deck: DeckView): Problem[] {
  const views = new Map<string, string[]>()
  const lines: { slide: SlideView, line: number, text: string }[] = []
  for (const slide of deck.slides) {
    if (!views.has(slide.filepath)) views.set(slide.filepath, fileProse(slide.fileLines, deck.data.markdownFiles[slide.filepath]?.slides ?? []).ours)
    const prose = views.get(slide.filepath)!
    for (let i = slide.start; i < slide.end; i++) lines.push({ slide, line: i, text: prose[i] ?? '' })
  }
  const bare = firstBareVm(lines)
  return bare ? [slideProblem(deck, bare.slide, bare.line, 'termo: na primeira vez, escreva "máquina virtual (VM)"; depois, "VM" basta')] : []
}

/** The prose rules over what the components draw: their templates and the data modules' strings. */
export function lintComponentText(root = projectRoot): Problem[] {
  const none = () => ''
  return sortProblems(componentSources(root).flatMap(({ file, lines }) => [
    ...checkContainerSpelling(file, lines, none),
    ...checkTerms(file, lines, none),
    ...checkQuotes(file, lines, none),
  ]))
}

export async function lintDecks(decks: Pick<Deck, 'file'>[], options: LintOptions = {}): Promise<Problem[]> {
  const seen = new Set<string>()
  const questionIds: QuestionIds = new Map()
  // The components beside the slides folder (none beside a fixture deck's folder).
  const problems: Problem[] = [...lintComponentText(dirname(slidesDir()))]
  for (const deck of decks) problems.push(...await lintDeckFile(deck.file, seen, options, questionIds))
  return sortProblems(dedupe(problems))
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = formatProblem(p)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
}
