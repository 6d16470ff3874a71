// Spelling with cspell: the Brazilian Portuguese dictionary (@cspell/dict-pt-br) plus
// project-words.txt for technical terms, as configured in cspell.json at the project root.
import { join } from 'node:path'
import { type CSpellUserSettings, readSettings, spellCheckDocument } from 'cspell-lib'
import { projectRoot } from '#scripts/site/decks'
import type { FileProse } from '#scripts/lint/prose'
import type { Problem } from '#scripts/lint/types'
import { wrongContainerSpellings } from './container'

export const cspellConfig = join(projectRoot, 'cspell.json')
let settings: ReturnType<typeof readSettings> | undefined

/** `pt`: the project's settings; `pt+en` also accepts English (italics, references); `en`: English only. */
export type Languages = 'pt' | 'pt+en' | 'en'

async function settingsFor(languages: Languages): Promise<CSpellUserSettings> {
  settings ??= readSettings(cspellConfig)
  const base = await settings
  if (languages === 'pt') return base
  if (languages === 'pt+en') return { ...base, language: 'en,pt,pt_BR', dictionaries: [...(base.dictionaries ?? []), 'en_us', 'en-gb'] }
  return { ...base, import: [], language: 'en', dictionaries: ['en_us', 'en-gb'], languageSettings: [] }
}

export interface Misspelling {
  /** 0-based line. */
  line: number
  word: string
  suggestions: string[]
}

/** Unknown words in prose lines (already stripped of code, tags and URLs). */
export async function misspellings(prose: string[], languages: Languages = 'pt'): Promise<Misspelling[]> {
  const text = prose.join('\n')
  const result = await spellCheckDocument(
    { uri: `file://${join(projectRoot, 'prose.txt')}`, text, languageId: 'plaintext', locale: 'pt,pt_BR' },
    { noConfigSearch: true, generateSuggestions: true, numSuggestions: 3 },
    await settingsFor(languages),
  )
  if (result.errors?.length) throw new Error(`cspell: ${result.errors.map(e => e.message).join('; ')}`)
  const starts: number[] = []
  prose.reduce((offset, line, i) => (starts[i] = offset, offset + line.length + 1), 0)
  return result.issues.map((issue) => {
    let line = starts.length - 1
    while (line > 0 && starts[line] > issue.offset) line--
    return { line, word: issue.text, suggestions: (issue.suggestionsEx ?? []).map(s => s.word).slice(0, 3) }
  })
}

export async function checkSpelling(file: string, text: Pick<FileProse, 'prose' | 'portuguese' | 'foreign'>, context: (line: number) => string): Promise<Problem[]> {
  const found = [...await misspellings(text.portuguese), ...await misspellings(text.foreign, 'pt+en')]
    .filter(m => wrongContainerSpellings(m.word).length === 0)
  // Lowercase English words: a command typed as prose, or a foreign term that wants italics.
  // (Capitalised ones are mostly names, which English dictionaries know too.)
  const notEnglish = new Set((await misspellings([[...new Set(found.map(m => m.word))].join(' ')], 'en')).map(m => m.word))
  return found.map(m => ({
    file,
    line: m.line + 1,
    message: notEnglish.has(m.word) || /^\p{Lu}/u.test(m.word)
      ? `ortografia: "${m.word}" não está no dicionário pt-BR${m.suggestions.length ? ` (sugestões: ${m.suggestions.join(', ')})` : ''}; corrija, ou acrescente-o a project-words.txt se for termo técnico ou nome próprio${context(m.line)}`
      : `ortografia: "${m.word}" é inglês: comando ou código vai entre crases (\`docker run\`), termo estrangeiro em itálico (*runtime*); se for termo técnico do curso, acrescente-o a project-words.txt${context(m.line)}`,
  }))
}
