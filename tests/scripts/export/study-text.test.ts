import { describe, expect, it } from 'vitest'
import { formatMinutes, isReviewSlide, plannedMinutes, reviewItems, studyText, timingMinutes } from '#scripts/export/study-text'

describe('study text', () => {
  it('keeps the spoken text and drops stage directions, click markers and timing hints', () => {
    const note = '[Mostre o diagrama.] Cada camada é somente leitura. (~3 min)\n\n[click] O `docker run` põe uma camada fina por cima. [Pergunte à turma: quem já perdeu dados?]\n\n[Demonstração: `docker diff`]'
    expect(studyText(note)).toBe('Cada camada é somente leitura.\n\nO `docker run` põe uma camada fina por cima.')
  })

  it('keeps Markdown links', () => {
    expect(studyText('Veja [a documentação](https://docs.docker.com/). (~1 min)')).toBe('Veja [a documentação](https://docs.docker.com/).')
  })

  it('sums the timing hints of a deck', () => {
    expect(timingMinutes('Abertura. (~2 min)')).toBe(2)
    expect(timingMinutes('Sem dica.')).toBe(0)
    expect(timingMinutes('(~1,5 min)')).toBe(1.5)
    expect(plannedMinutes([{ note: '(~2 min)' }, { note: 'x (~ 3 min)' }, { note: '' }])).toBe(5)
    expect(formatMinutes(49)).toBe('49 min')
    expect(formatMinutes(75)).toBe('1 h 15 min')
  })

  it('pairs the review questions with the answers after each [click]', () => {
    const content = '# Revisão\n\n<v-clicks>\n\n1. Por que `uname -r` é igual?\n2. O que isola a visão?\n\n</v-clicks>\n'
    const note = '[Mostre uma pergunta por vez.]\n\n[click] Porque o kernel é o do host.\n\n[click] Os namespaces. (~4 min)'
    expect(isReviewSlide('Revisão')).toBe(true)
    expect(isReviewSlide('Perguntas de revisão')).toBe(true)
    expect(isReviewSlide('Camadas')).toBe(false)
    expect(reviewItems(content, note)).toEqual([
      { question: 'Por que `uname -r` é igual?', answer: 'Porque o kernel é o do host.' },
      { question: 'O que isola a visão?', answer: 'Os namespaces.' },
    ])
  })
})
