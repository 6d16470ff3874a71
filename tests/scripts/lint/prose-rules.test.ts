// The rules that keep one Portuguese and the 50 minutes: timing hints, flagged terms, straight
// quotes, and what of a component counts as its visible text.
import { describe, expect, it } from 'vitest'
import { flaggedTerms, firstBareVm } from '#scripts/lint/rules/terms'
import { straightQuotes } from '#scripts/lint/rules/quotes'
import { durationMinutes, finalHint } from '#scripts/lint/rules/timing'
import { countWords } from '#scripts/lint/rules/notes'
import { stringProse, templateProse } from '#scripts/lint/sources'

describe('timing hints', () => {
  it('reads the hint only at the very end of the notes', () => {
    expect(finalHint('Fale disso. (~3 min)')).toBe(3)
    expect(finalHint('Fale disso (~1,5 min).\n')).toBe(1.5)
    expect(finalHint('Fale disso. (~0.5 min)')).toBe(0.5)
    expect(finalHint('Comece aqui (~3 min). Depois, o resto.')).toBeUndefined()
    expect(finalHint('Sem estimativa.')).toBeUndefined()
  })

  it('reads duration as Slidev does, and the hint is not a spoken word', () => {
    expect(durationMinutes('50min')).toBe(50)
    expect(durationMinutes('1h30min')).toBe(90)
    expect(durationMinutes(undefined)).toBeUndefined()
    expect(countWords('Fale das duas ideias. (~2 min)')).toBe(4)
  })
})

describe('flagged terms', () => {
  const fixes = (line: string) => flaggedTerms(line).map(h => `${h.word}→${h.fix}`)

  it('suggests THE form, keeping a capital', () => {
    expect(fixes('Hypervisor e hypervisors; limite de I/O; a ponte e as pontes')).toEqual(['Hypervisor→Hipervisor', 'hypervisors→hipervisores', 'I/O→E/S', 'ponte→*bridge*', 'pontes→*bridge*'])
    expect(fixes('Em staging, a camada de escrita e as camadas de escrita; o layer')).toEqual(['staging→homologação', 'camada de escrita→camada gravável', 'camadas de escrita→camadas graváveis', 'layer→camada'])
    expect(fixes('a namespace, das cgroups, uma *namespace*; o namespace está certo')).toEqual(['a namespace→o namespace', 'das cgroups→dos cgroups', 'uma *namespace→um *namespace'])
    expect(fixes('Pensa num livro: o pacote salta, embrulha, mexe e mexeu; o calcanhar de aquiles')).toEqual(['Pensa num→Pense num', 'salta→passa', 'embrulha→empacota', 'mexe→altera', 'mexeu→alterou', 'calcanhar de aquiles→ponto fraco'])
    expect(fixes('o hospedeiro')).toEqual(['hospedeiro→host'])
  })

  it('flags MB/GB only beside a memory size, and never parts of words or code-like tokens', () => {
    expect(fixes('limite de memória de 512 MB e 2GB')).toEqual(['512 MB→512 MiB', '2GB→2 GiB'])
    expect(fixes('uma imagem de 7 MB')).toEqual([])
    expect(fixes('ponteiro, backstage, saltador, playerName, io/ops')).toEqual([])
  })

  it('wants "máquina virtual" before the first bare VM of a deck', () => {
    expect(firstBareVm([{ text: 'Uma máquina virtual (VM) roda' }, { text: 'a VM' }])).toBeUndefined()
    expect(firstBareVm([{ text: 'nada' }, { text: 'uma VM, ou máquina virtual' }])).toEqual({ text: 'uma VM, ou máquina virtual' })
  })
})

describe('straight quotes', () => {
  it('finds straight quotes and accepts curly ones', () => {
    expect(straightQuotes('o "host" e o \'kernel\'')).toEqual(['"', '"', '\'', '\''])
    expect(straightQuotes('o “host” e o ‘kernel’, d’água')).toEqual([])
  })
})

describe('component text', () => {
  it('keeps a template\'s visible text, without tags, bindings or <code>', () => {
    const vue = ['<script setup lang="ts">', 'const a = "x"', '</script>', '<template>', '  <p :class="{ a: i >= 2 }" title="t">O "host"</p>', '  <code>echo "x"</code> {{ a }}', '</template>']
    const prose = templateProse(vue.join('\n'))
    expect(prose).toHaveLength(vue.length)
    expect(prose.map(l => l.trim())).toEqual(['', '', '', '', 'O "host"', '', ''])
  })

  it('keeps a data module\'s strings, but not commands, ids, imports or markup', () => {
    const ts = [
      `import { x } from './y'`,
      `export const a = [{ id: 'ponte', command: \`echo 'I/O'\`, text: 'Vai à ponte', detail: \`em \${x} MB\` }]`,
      `export const icon = '<path d="M0"/>'`,
    ]
    expect(stringProse(ts.join('\n')).map(l => l.replace(/\s+/g, ' ').trim())).toEqual(['', 'Vai à ponte em MB', ''])
  })
})
