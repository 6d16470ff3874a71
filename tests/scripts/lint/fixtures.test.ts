// One broken deck per kind of mistake (tests/fixtures/<kind>/aula-1.md): the linter reports
// exactly that mistake, with its file, line and message, and nothing else.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '#scripts/site/decks'
import { formatProblem, lintComponentText, lintDeckFile } from '#scripts/lint/index'

const fixtures = join(projectRoot, 'tests/fixtures')

async function lint(kind: string): Promise<string[]> {
  return (await lintDeckFile(join(fixtures, kind, 'aula-1.md'))).map(formatProblem)
}

const expected: Record<string, string[]> = {
  'valid': [],
  'yaml-headmatter': [
    'tests/fixtures/yaml-headmatter/aula-1.md:5: YAML inválido no headmatter: um valor com ":" precisa ficar entre aspas (title: "Aula 1: contêineres") [BLOCK_AS_IMPLICIT_KEY] (aula-1, slide 1)',
  ],
  'yaml-frontmatter': [
    'tests/fixtures/yaml-frontmatter/aula-1.md:20: YAML inválido no frontmatter: indentação incorreta ou lista [ ] sem fechar [BAD_INDENT] (aula-1, slide 2)',
  ],
  'headmatter-keys': [
    'tests/fixtures/headmatter-keys/aula-1.md:1: headmatter: falta "topics:" com a lista dos tópicos da aula (um por linha, "  - tópico"; aparecem na página inicial) (aula-1)',
    'tests/fixtures/headmatter-keys/aula-1.md:4: headmatter: "aula: 2" não corresponde ao arquivo aula-1.md: use "aula: 1" (aula-1)',
  ],
  'notes-missing': [
    'tests/fixtures/notes-missing/aula-1.md:20: slide sem notas do apresentador: termine o slide com um comentário <!-- … --> dizendo o que falar à turma (aula-1, slide 2)',
  ],
  'notes-short': [
    'tests/fixtures/notes-short/aula-1.md:25: notas do apresentador curtas demais: 4 palavras; um slide de conteúdo pede pelo menos 40 (o que dizer, o que perguntar à turma, quanto tempo) (aula-1, slide 2)',
  ],
  'clicks': [
    'tests/fixtures/clicks/aula-1.md:30: o slide tem 3 clique(s) (<v-clicks> ×3), mas as notas marcam 2: ponha um [click] nas notas antes do que dizer em cada clique (aula-1, slide 2)',
  ],
  'clicks-figure': [
    'tests/fixtures/clicks-figure/aula-1.md:18: <DockerTimeline> já registra os próprios cliques: retire "clicks: 5" do frontmatter (aula-1, slide 2)',
    'tests/fixtures/clicks-figure/aula-1.md:38: o slide tem 3 clique(s) (<CopyOnWrite> ×3), mas as notas marcam 2: ponha um [click] nas notas antes do que dizer em cada clique (aula-1, slide 3)',
  ],
  'mermaid': [
    `tests/fixtures/mermaid/aula-1.md:25: erro de sintaxe no diagrama Mermaid: encontrou PS onde esperava 'SQE', 'DOUBLECIRCLEEND', 'PE', '-)', 'STADIUMEND' (…) — rótulos com parênteses, dois-pontos ou ponto e vírgula vão entre aspas duplas: A["texto (x)"] (aula-1, slide 2)`,
  ],
  'mermaid-in-part': [
    `tests/fixtures/mermaid-in-part/parts/diagrama.md:10: erro de sintaxe no diagrama Mermaid: encontrou TXT onde esperava 'link', '+', '-', '()', 'ACTOR' — confira setas, colchetes e o tipo do diagrama nesta linha (aula-1, slide 2)`,
  ],
  'component': [
    'tests/fixtures/component/aula-1.md:25: componente <Arow> desconhecido: não está em components/ nem entre os do Slidev e do Vue. Você quis dizer <Arrow>? (aula-1, slide 2)',
  ],
  'layout': [
    'tests/fixtures/layout/aula-1.md:19: layout "two-col" não existe. Você quis dizer "two-cols"? Disponíveis: center, cover, default, end, fact, full, iframe, iframe-left, iframe-right, image, image-left, image-right, intro, none, quote, section, statement, two-cols, two-cols-header (aula-1, slide 2)',
  ],
  'assets': [
    'tests/fixtures/assets/aula-1.md:22: imagem ou arquivo não encontrado: /img/nao-existe.png (procurei em public/img/nao-existe.png); caminhos que começam com / partem de public/ (aula-1, slide 2)',
    'tests/fixtures/assets/aula-1.md:24: recurso remoto https://example.com/logo.png: não carrega sem internet; baixe-o para public/ e use o caminho local (/nome.ext) (aula-1, slide 2)',
  ],
  'link': [
    'tests/fixtures/link/aula-1.md:25: link interno /7 aponta para o slide 7, mas aula-1 tem 2 slides (aula-1, slide 2)',
  ],
  'spelling': [
    'tests/fixtures/spelling/aula-1.md:22: ortografia: "excessão" não está no dicionário pt-BR (sugestões: excesso, excussão, excisão); corrija, ou acrescente-o a project-words.txt se for termo técnico ou nome próprio (aula-1, slide 2)',
  ],
  'container': [
    'tests/fixtures/container/aula-1.md:22: escreva "contêiner", não "container": é a grafia adotada no curso ("container" só em código, comandos, URLs e nomes próprios) (aula-1, slide 2)',
  ],
  'timing-missing': [
    'tests/fixtures/timing-missing/aula-1.md:29: as notas não terminam com a estimativa de tempo: acabe-as com "(~N min)", os minutos que este slide leva na aula (aula-1, slide 2)',
  ],
  'timing-total': [
    'tests/fixtures/timing-total/aula-1.md:7: as estimativas de tempo das notas somam 11,5 min, mais que a duração da aula (duration: 10 min): corte ou junte slides, em vez de encurtar as estimativas (aula-1)',
  ],
  'terms': [
    'tests/fixtures/terms/aula-1.md:22: termo: na primeira vez, escreva "máquina virtual (VM)"; depois, "VM" basta (aula-1, slide 2)',
    'tests/fixtures/terms/aula-1.md:22: termo: escreva "hipervisor", não "hypervisor" (a forma adotada no curso; veja "Como escrever" no README) (aula-1, slide 2)',
    'tests/fixtures/terms/aula-1.md:23: termo: escreva "E/S", não "I/O" (a forma adotada no curso; veja "Como escrever" no README) (aula-1, slide 2)',
    'tests/fixtures/terms/aula-1.md:23: termo: escreva "*bridge*", não "ponte" (a forma adotada no curso; veja "Como escrever" no README) (aula-1, slide 2)',
    'tests/fixtures/terms/aula-1.md:24: termo: escreva "homologação", não "stage" (a forma adotada no curso; veja "Como escrever" no README) (aula-1, slide 2)',
    'tests/fixtures/terms/aula-1.md:24: termo: escreva "o namespace", não "a namespace" (a forma adotada no curso; veja "Como escrever" no README) (aula-1, slide 2)',
    'tests/fixtures/terms/aula-1.md:29: termo: escreva "256 MiB", não "256 MB" (a forma adotada no curso; veja "Como escrever" no README) (aula-1, slide 2)',
  ],
  'quotes': [
    'tests/fixtures/quotes/aula-1.md:23: aspas retas (") no texto: use aspas curvas “…” (e ‘…’ dentro delas, ’ no apóstrofo); aspas retas só dentro de código (aula-1, slide 2)',
    'tests/fixtures/quotes/aula-1.md:27: aspas simples retas (\') no texto: use aspas curvas “…” (e ‘…’ dentro delas, ’ no apóstrofo); aspas retas só dentro de código (aula-1, slide 2)',
  ],
  // The deck the live-question e2e test builds (tests/e2e/quiz.test.ts): valid.
  'quiz-live': [],
  'question-id-missing': [
    'tests/fixtures/question-id-missing/aula-1.md:22: pergunta sem "id:": dê um identificador único no curso, como "id: a1-kernel-compartilhado" (aula-1, slide 2)',
  ],
  'question-duplicate': [
    'tests/fixtures/question-duplicate/aula-1.md:42: id "a1-kernel-compartilhado" repetido: já usado em tests/fixtures/question-duplicate/aula-1.md:23 (aula-1, slide 2); cada pergunta precisa de um id único no curso (aula-1, slide 3)',
  ],
  'question-options': [
    'tests/fixtures/question-options/aula-1.md:25: "opcoes:" tem 1 opção: uma pergunta precisa de 2 a 6 (aula-1, slide 2)',
  ],
  'question-correct': [
    'tests/fixtures/question-correct/aula-1.md:29: "correta: 4" fora das opções: use um número de 1 a 3 (a primeira opção é 1) (aula-1, slide 2)',
  ],
  'question-correct-missing': [
    'tests/fixtures/question-correct-missing/aula-1.md:22: falta "correta:" com o número da opção certa (de 1 a 3; uma lista para várias, como [1, 3]) (aula-1, slide 2)',
  ],
  'question-explanation': [
    'tests/fixtures/question-explanation/aula-1.md:22: falta "explicacao:" com a explicação curta da resposta certa (aparece ao revelar a resposta e na apostila) (aula-1, slide 2)',
  ],
  'question-yaml': [
    'tests/fixtures/question-yaml/aula-1.md:24: YAML inválido no bloco pergunta: um texto com ": " precisa ficar entre aspas [BLOCK_AS_IMPLICIT_KEY] (aula-1, slide 2)',
  ],
  'import-missing': [
    'tests/fixtures/import-missing/aula-1.md:18: arquivo importado com src: não encontrado: tests/fixtures/import-missing/parts/nao-existe.md (aula-1)',
  ],
}

describe('lint fixtures: one broken deck per kind of mistake', () => {
  it('component-text: the prose rules read component templates and data-module strings, not code', () => {
    expect(lintComponentText(join(fixtures, 'component-text')).map(formatProblem)).toEqual([
      'tests/fixtures/component-text/client/figures/exemplo.ts:3: termo: escreva "passa", não "salta" (a forma adotada no curso; veja "Como escrever" no README)',
      'tests/fixtures/component-text/client/figures/exemplo.ts:3: termo: escreva "*bridge*", não "ponte" (a forma adotada no curso; veja "Como escrever" no README)',
      'tests/fixtures/component-text/client/figures/exemplo.ts:4: escreva "contêiner", não "container": é a grafia adotada no curso ("container" só em código, comandos, URLs e nomes próprios)',
      'tests/fixtures/component-text/components/Exemplo.vue:8: termo: escreva "hipervisor", não "hypervisor" (a forma adotada no curso; veja "Como escrever" no README)',
      'tests/fixtures/component-text/components/Exemplo.vue:8: aspas retas (") no texto: use aspas curvas “…” (e ‘…’ dentro delas, ’ no apóstrofo); aspas retas só dentro de código',
    ])
  })

  it('has a test for every fixture folder, and a fixture for every test', () => {
    // Deck fixtures only: live-dist/ (the live server's built site) and the others hold no aula-1.md.
    const decks = readdirSync(fixtures).filter(name => existsSync(join(fixtures, name, 'aula-1.md')))
    expect(decks.sort()).toEqual(Object.keys(expected).sort())
  })

  for (const [kind, problems] of Object.entries(expected)) {
    it(`${kind}: ${problems.length ? `${problems.length} problema(s), na linha certa` : 'nenhum problema'}`, async () => {
      expect(await lint(kind)).toEqual(problems)
    })
  }
})
