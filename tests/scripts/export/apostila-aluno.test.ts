import { describe, expect, it } from 'vitest'
import { renderStudentApostilaHtml } from '#scripts/export/apostila-aluno'

const question = ['```pergunta', 'id: a1-k', 'pergunta: Que kernel um contêiner usa?', 'opcoes:', '  - O do host', '  - Um próprio', 'correta: 1', 'explicacao: É um processo do host.', '```'].join('\n')

describe('student apostila: live questions', () => {
  it('prints the question with its options to tick, and the answer with the explanation at the end', () => {
    const html = renderStudentApostilaHtml({
      courseName: 'Curso',
      deck: { id: 'aula-1', number: 1, title: 'Aula', subtitle: '', topics: [] },
      slides: [
        { no: 1, title: 'Capa', content: '# Capa', note: 'Apresente-se.' },
        { no: 2, title: 'Revisão', content: question, note: 'Abra a votação e deixe a turma discutir.' },
      ],
      snapshot: { head: '', htmlClass: '', slides: ['<div></div>', '<div></div>'] },
      box: { width: 980, height: 552 },
    })
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(text).toContain('Que kernel um contêiner usa? A O do host B Um próprio')
    expect(text).toContain('Resposta certa: A — O do host. É um processo do host.')
    // The lecturer's stage directions for the round are not study text.
    expect(text).not.toContain('Abra a votação')
    expect(html.indexOf('É um processo do host.')).toBeGreaterThan(html.indexOf('id="respostas"'))
  })
})
