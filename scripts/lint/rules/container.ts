// One spelling throughout the course: "contêiner" / "contêineres" in prose. "container" only in
// code, commands, URLs, component names (all blanked before this rule) and the proper names below.
import type { Problem } from '#scripts/lint/types'

/** Product and project names that are spelt "container" in their own language. */
export const PROPER_NAMES = [
  /\bOpen Container Initiative\b/g,
  /\bLinux Containers\b/g,
  /\bWindows Containers?\b/g,
  /\bContainer Runtime Interface\b/g,
  /\bContainer Network Interface\b/g,
  /\bContainer Storage Interface\b/g,
  /\bContainer Linux\b/g,
  /\bAzure Container Instances\b/g,
  /\bElastic Container Service\b/g,
  /\bMirantis Container Runtime\b/g,
]

/** The line with the proper names blanked out. */
export function withoutProperNames(line: string): string {
  return PROPER_NAMES.reduce((text, name) => text.replace(name, m => ' '.repeat(m.length)), line)
}

const WRONG = /(?<![\p{L}\p{N}_-])(containers?|conteiner(?:es)?|cont[eê]iners)(?![\p{L}\p{N}_-])/giu

/** The spellings of "contêiner" to fix in one prose line, with the right word for each. */
export function wrongContainerSpellings(line: string): { word: string, fix: string }[] {
  return Array.from(withoutProperNames(line).matchAll(WRONG), (m) => {
    const word = m[1]
    const plural = /s$/i.test(word) || /es$/i.test(word)
    const fix = plural ? 'contêineres' : 'contêiner'
    return { word, fix: /^[A-Z]/.test(word) ? fix[0].toUpperCase() + fix.slice(1) : fix }
  })
}

export function checkContainerSpelling(file: string, prose: string[], context: (line: number) => string): Problem[] {
  const problems: Problem[] = []
  prose.forEach((line, i) => {
    for (const { word, fix } of wrongContainerSpellings(line)) {
      problems.push({
        file,
        line: i + 1,
        message: `escreva "${fix}", não "${word}": é a grafia adotada no curso ("container" só em código, comandos, URLs e nomes próprios)${context(i)}`,
      })
    }
  })
  return problems
}
