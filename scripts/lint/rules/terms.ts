// One term for each idea (README, "Como escrever"): the forms the course does not use, found in
// prose (code, commands, URLs and tags are blanked before this rule), each with THE form to write.
import type { Problem } from '#scripts/lint/types'

export interface TermHit { word: string, fix: string }

interface Term {
  pattern: RegExp
  /** THE form, given the flagged match (and its groups). */
  fix: (m: RegExpMatchArray) => string
  /** Only on lines where this also appears (e.g. a memory size). */
  when?: RegExp
}

const W = '[\\p{L}\\p{N}_-]'
const word = (body: string, flags = 'giu') => new RegExp(`(?<!${W})(?:${body})(?!${W})`, flags)
const plural = (m: RegExpMatchArray, one: string, many: string) => (/s$/i.test(m[0]) ? many : one)

const MASCULINE: Record<string, string> = {
  a: 'o', as: 'os', da: 'do', das: 'dos', na: 'no', nas: 'nos', pela: 'pelo', pelas: 'pelos',
  uma: 'um', umas: 'uns', essa: 'esse', essas: 'esses', esta: 'este', estas: 'estes',
  nessa: 'nesse', nessas: 'nesses', dessa: 'desse', dessas: 'desses', nova: 'novo', novas: 'novos', cada: 'cada',
}

/** mexer → alterar, by ending (mexe → altera, mexeu → alterou…). */
const ALTERAR: Record<string, string> = { e: 'a', em: 'am', er: 'ar', endo: 'ando', eu: 'ou', ido: 'ado' }

/** The flagged forms, in the order of README's list. */
export const TERMS: Term[] = [
  { pattern: word('hypervisors?'), fix: m => plural(m, 'hipervisor', 'hipervisores') },
  { pattern: /(?<![\p{L}\p{N}_/-])I\/O(?![\p{L}\p{N}_/-])/gu, fix: () => 'E/S' },
  { pattern: word('pontes?'), fix: () => '*bridge*' },
  { pattern: word('(\\d+(?:[.,]\\d+)?)\\s?(MB|GB)', 'gu'), fix: m => `${m[1]} ${m[2] === 'MB' ? 'MiB' : 'GiB'}`, when: /mem[óo]ria|memory|\bRAM\b|swap|--memory|-m\s+\d/i },
  { pattern: word('stage|staging'), fix: () => 'homologação' },
  { pattern: word('layers?'), fix: m => plural(m, 'camada', 'camadas') },
  { pattern: word('camadas? de escrita'), fix: m => (/^camadas/i.test(m[0]) ? 'camadas graváveis' : 'camada gravável') },
  { pattern: word('hospedeir[oa]s?'), fix: () => 'host' },
  {
    pattern: word('(a|as|da|das|na|nas|pela|pelas|uma|umas|essa|essas|esta|estas|nessa|nessas|dessa|dessas|nova|novas)\\s+(\\*?)(namespaces?|cgroups?)'),
    fix: m => `${MASCULINE[m[1].toLowerCase()] ?? m[1]} ${m[2]}${m[3]}`,
  },
  { pattern: word('pensa\\s+n(?:um|uma|o|a)'), fix: m => m[0].replace(/pensa/i, 'pense') },
  { pattern: word('salt(a|am|ar|ando|ou)'), fix: m => `pass${m[1]}` },
  { pattern: word('embrulh(a|am|ar|ando|ado|ou)'), fix: m => `empacot${m[1]}` },
  { pattern: word('calcanhar de aquiles'), fix: () => 'ponto fraco' },
  { pattern: word('mex(e|em|er|endo|eu|ido)'), fix: m => `alter${ALTERAR[m[1].toLowerCase()]}` },
]

function sameCase(found: string, fix: string): string {
  return /^\p{Lu}/u.test(found) && !/^\p{Lu}{2}/u.test(found) ? fix[0].toUpperCase() + fix.slice(1) : fix
}

/** The flagged forms in one prose line, with THE form for each. */
export function flaggedTerms(line: string): TermHit[] {
  const hits: { at: number, hit: TermHit }[] = []
  for (const term of TERMS) {
    if (term.when && !term.when.test(line)) continue
    for (const m of line.matchAll(term.pattern)) hits.push({ at: m.index, hit: { word: m[0], fix: sameCase(m[0], term.fix(m)) } })
  }
  return hits.sort((a, b) => a.at - b.at).map(h => h.hit)
}

export function checkTerms(file: string, prose: string[], context: (line: number) => string): Problem[] {
  const problems: Problem[] = []
  prose.forEach((line, i) => {
    for (const { word, fix } of flaggedTerms(line)) {
      problems.push({ file, line: i + 1, message: `termo: escreva "${fix}", não "${word}" (a forma adotada no curso; veja "Como escrever" no README)${context(i)}` })
    }
  })
  return problems
}

const VM = /(?<![\p{L}\p{N}_-])VMs?(?![\p{L}\p{N}_-])/u
const FULL = /m[áa]quinas?\s+virtua(?:l|is)/iu

/**
 * "máquina virtual (VM)" the first time, "VM" afterwards: the first line of a deck's prose (in
 * slide order, across the files it imports) that says VM before any "máquina virtual".
 */
export function firstBareVm<T extends { text: string }>(lines: T[]): T | undefined {
  for (const line of lines) {
    const vm = VM.exec(line.text)
    const full = FULL.exec(line.text)
    if (full && (!vm || full.index < vm.index)) return undefined
    if (vm) return line
  }
  return undefined
}
