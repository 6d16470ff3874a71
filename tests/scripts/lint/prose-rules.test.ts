// The rules that keep one Portuguese and the 50 minutes: timing hints, straight quotes, and what
// of a component counts as its visible text.
import { describe, expect, it } from 'vitest'
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
