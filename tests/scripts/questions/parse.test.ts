import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findQuestions, parseQuestionYaml } from '#scripts/questions/parse'
import { questionsOfSlides } from '#scripts/questions/catalog'
import { formatProblem, lintDeckFile } from '#scripts/lint/index'
import { projectRoot } from '#scripts/site/decks'

const yaml = (lines: string[]) => lines.join('\n')
const good = [
  'id: a1-kernel',
  'pergunta: Que kernel um contêiner usa?',
  'opcoes:',
  '  - O do host',
  '  - "Um próprio: o da imagem"',
  '  - "`nenhum`"',
  'correta: 1',
  'explicacao: Contêineres são processos do host.',
]

describe('parseQuestionYaml', () => {
  it('reads a question: 0-based correct indices, options in order, trimmed text', () => {
    expect(parseQuestionYaml(yaml(good))).toEqual({
      id: 'a1-kernel',
      problems: [],
      question: {
        id: 'a1-kernel',
        prompt: 'Que kernel um contêiner usa?',
        options: ['O do host', 'Um próprio: o da imagem', '`nenhum`'],
        correct: [0],
        explanation: 'Contêineres são processos do host.',
      },
    })
  })

  it('several correct options: a list, sorted', () => {
    expect(parseQuestionYaml(yaml(good).replace('correta: 1', 'correta: [3, 1]')).question?.correct).toEqual([0, 2])
  })

  it.each([
    ['correta: 0', 6, '"correta: 0" fora das opções: use um número de 1 a 3 (a primeira opção é 1)'],
    ['correta: sim', 6, '"correta: sim" não é o número de uma opção: use de 1 a 3 (a primeira opção é 1)'],
    ['correta: [1, 1]', 6, '"correta:" repete a opção 1'],
    ['correta: []', 6, '"correta:" vazia: dê o número da opção certa (uma lista para várias, como [1, 3])'],
  ])('%s → line %i', (line, at, message) => {
    const parsed = parseQuestionYaml(yaml(good).replace('correta: 1', line))
    expect(parsed.question).toBeUndefined()
    expect(parsed.problems).toEqual([{ line: at, message }])
  })

  it('an option with an unquoted ": " is a map, not a text: says so on its line', () => {
    const parsed = parseQuestionYaml(yaml(good).replace('"Um próprio: o da imagem"', 'Um próprio: o da imagem'))
    expect(parsed.problems).toEqual([{ line: 4, message: 'a opção 2 não é um texto: um texto com ": " precisa ficar entre aspas' }])
  })

  it('an option starting with ` (code) unquoted: the hint says to quote it', () => {
    expect(parseQuestionYaml(yaml(good).replace('"`nenhum`"', '`nenhum`')).problems).toEqual([
      { line: 5, message: 'YAML inválido no bloco pergunta: um texto que começa com ` (código), @ ou % precisa ficar entre aspas: - "`docker ps`" [BAD_SCALAR_START]' },
    ])
  })

  it('an unknown key (an accent, a typo) is named with the key meant', () => {
    const parsed = parseQuestionYaml(yaml(good).replace('explicacao:', 'explicação:'))
    expect(parsed.problems.map(p => [p.line, p.message])).toEqual([
      [7, 'chave "explicação" desconhecida no bloco pergunta: você quis dizer "explicacao"? (as chaves são id, pergunta, opcoes, correta, explicacao, sem acento)'],
      [-1, 'falta "explicacao:" com a explicação curta da resposta certa (aparece ao revelar a resposta e na apostila)'],
    ])
  })

  it('an id outside the pattern, more than six options', () => {
    const many = yaml(good).replace('  - "`nenhum`"', ['c', 'd', 'e', 'f', 'g'].map(o => `  - ${o}`).join('\n')).replace('a1-kernel', 'A1 Kernel')
    expect(parseQuestionYaml(many).problems.map(p => p.message)).toEqual([
      'id "A1 Kernel" inválido: use só letras minúsculas sem acento, algarismos e hífens (até 60), como a1-kernel-compartilhado',
      '"opcoes:" tem 7 opções: uma pergunta precisa de 2 a 6',
    ])
  })
})

describe('findQuestions', () => {
  it('finds ```pergunta fences (not one shown inside a ```` fence), with lines of the Markdown', () => {
    const md = ['# Pergunta', '', '```pergunta', ...good, '```', '', '````md', '```pergunta', 'id: x', '```', '````'].join('\n')
    const found = findQuestions(md)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ line: 2, idLine: 3, id: 'a1-kernel', problems: [] })
  })

  it('a missing key points at the fence line; an unclosed fence is reported', () => {
    expect(findQuestions(['', '```pergunta', ...good.slice(1), '```'].join('\n'))[0].problems[0].line).toBe(1)
    expect(findQuestions(['```pergunta', ...good].join('\n'))[0].problems).toEqual([{ line: 0, message: 'bloco ```pergunta sem ``` de fechamento' }])
  })
})

describe('catalog', () => {
  it('each question with its deck and 1-based slide; a broken one throws with deck and slide', () => {
    const slide = ['```pergunta', ...good, '```'].join('\n')
    expect(questionsOfSlides('aula-1', [{ content: '# Capa' }, { content: slide }])).toEqual([
      expect.objectContaining({ id: 'a1-kernel', deck: 'aula-1', slide: 2, correct: [0] }),
    ])
    expect(() => questionsOfSlides('aula-1', [{ content: slide.replace('correta: 1', 'correta: 9') }])).toThrow(/^aula-1, slide 1: pergunta inválida: "correta: 9" fora/)
  })
})

describe('lint: ids unique across the decks linted together', () => {
  it('the same id in another deck is a duplicate, pointing at the first', async () => {
    const ids = new Map<string, string>()
    const fixture = (kind: string) => join(projectRoot, 'tests/fixtures', kind, 'aula-1.md')
    expect(await lintDeckFile(fixture('valid'), new Set(), { spelling: false }, ids)).toEqual([])
    const second = (await lintDeckFile(fixture('question-correct'), new Set(), { spelling: false }, ids)).map(formatProblem)
    expect(second).toContain('tests/fixtures/question-correct/aula-1.md:23: id "a1-kernel-compartilhado" repetido: já usado em tests/fixtures/valid/aula-1.md:70 (aula-1, slide 5); cada pergunta precisa de um id único no curso (aula-1, slide 2)')
  })
})

describe('the prose rules read the question texts', () => {
  it('keeps prompt, options and explanation (YAML quotes dropped), blanks keys, ids and numbers; same length', async () => {
    const { questionTexts } = await import('#scripts/lint/markdown')
    const cases: Array<[string, string]> = [
      ['id: a1-kernel', '             '],
      ['pergunta: Que kernel?', '          Que kernel?'],
      ['  - "Um próprio: o da imagem"', '     Um próprio: o da imagem '],
      ['correta: [1, 3]', '               '],
      ['explicacao: Processos do host.', '            Processos do host.'],
    ]
    for (const [line, prose] of cases) {
      expect(questionTexts(line)).toBe(prose)
      expect(questionTexts(line)).toHaveLength(line.length)
    }
  })
})
