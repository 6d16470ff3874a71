// The deck's headmatter (first frontmatter): what the site, the landing page and the shared
// course configuration need. Checked after client/course.ts's defaults are merged in.
import { projectPath } from '#scripts/lint/deck-view'
import { course } from '#course'
import type { DeckView, Problem } from '#scripts/lint/types'

/** 0-based line of `key:` in the headmatter, or the opening `---`. */
function keyLine(deck: DeckView, key: string): number {
  const first = deck.slides[0]
  const lines = first.fileLines
  for (let i = first.start; i < first.contentStart; i++) {
    if (new RegExp(`^${key}\\s*:`).test(lines[i])) return i
  }
  return first.start
}

export function checkHeadmatter(deck: DeckView): Problem[] {
  const first = deck.slides[0]
  if (!first) return [{ file: projectPath(deck.file), line: 1, message: 'a aula não tem nenhum slide' }]
  // A broken YAML is reported by the yaml rule; the keys read from it would only add noise.
  if (first.info.source.frontmatterDoc?.errors.length) return []
  const hm = deck.headmatter
  const problems: Problem[] = []
  const report = (key: string, message: string) => problems.push({ file: first.file, line: keyLine(deck, key) + 1, message: `headmatter: ${message} (${deck.id})` })
  const number = Number(/aula-(\d+)/.exec(deck.id)?.[1])

  if (hm.aula === undefined) report('aula', `falta "aula: ${number}" (o número da aula; é ele que aplica a configuração comum do curso)`)
  else if (hm.aula !== number) report('aula', `"aula: ${JSON.stringify(hm.aula)}" não corresponde ao arquivo ${deck.id}.md: use "aula: ${number}"`)

  if (typeof hm.title !== 'string' || !hm.title.trim()) report('title', 'falta "title:" com o título da aula (aparece na capa e na página inicial)')

  const topics = hm.topics
  if (!Array.isArray(topics) || topics.length === 0 || topics.some(t => typeof t !== 'string' || !t.trim())) {
    report('topics', 'falta "topics:" com a lista dos tópicos da aula (um por linha, "  - tópico"; aparecem na página inicial)')
  }

  if (hm.lang !== course.lang) report('lang', `"lang" deve ser "${course.lang}" (está ${JSON.stringify(hm.lang)}); sem a chave, vale o padrão do curso`)

  const addons = Array.isArray(hm.addons) ? hm.addons : []
  if (!addons.some(a => a === './' || a === '.')) report('addons', 'falta "addons: [./]": sem ele os componentes, o rodapé e o visual do curso não chegam a esta aula')
  return problems
}
