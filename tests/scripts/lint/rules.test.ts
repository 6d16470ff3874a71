// The building blocks of the deck linter: Markdown masking, the contêiner spelling, component and
// layout lookup, asset and link targets, note length, YAML positions and Mermaid's parser.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '#scripts/site/decks'
import { findFences } from '#scripts/mermaid/fences'
import { mermaidLabels, proseOf, renderedOf } from '#scripts/lint/markdown'
import { splitItalics } from '#scripts/lint/prose'
import { closest, isKnownTag, pascalCase, registry } from '#scripts/lint/registry'
import { assetsIn, resolveAsset } from '#scripts/lint/rules/assets'
import { tagsIn } from '#scripts/lint/rules/components'
import { wrongContainerSpellings } from '#scripts/lint/rules/container'
import { linksIn } from '#scripts/lint/rules/links'
import { diagramError } from '#scripts/lint/rules/mermaid'
import { countWords } from '#scripts/lint/rules/notes'
import { checkSpelling, misspellings } from '#scripts/lint/rules/spelling'
import { unclosedLine } from '#scripts/lint/rules/yaml'

const words = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean)

describe('markdown views', () => {
  it('finds fences with their language and meta, nested ```` fences as one', () => {
    const lines = ['a', '```bash {1|2}', 'ls', '```', '````md magic-move', '```js', 'x', '```', '````', '```mermaid']
    expect(findFences(lines).map(f => [f.open, f.close, f.lang, f.meta, f.closed])).toEqual([
      [1, 3, 'bash', '{1|2}', true],
      [4, 8, 'md', 'magic-move', true],
      [9, 9, 'mermaid', '', false],
    ])
  })

  it('keeps prose and drops code, tags, URLs, link targets, attributes and click markers, line for line', () => {
    const lines = [
      'Rode `docker ps` e veja <span class="x">isto</span>.',
      '```bash',
      'docker run nginx',
      '```',
      'Veja [a documentação](https://docs.docker.com/x) em docs.docker.com/engine {.text-sm}',
      '<!--',
      '[click] O contêiner sobe.',
      '-->',
      '::right::',
    ]
    const prose = proseOf(lines)
    expect(prose).toHaveLength(lines.length)
    expect(prose.every((line, i) => line.length === lines[i].length)).toBe(true)
    expect(words(prose)).toEqual(['Rode', 'e', 'veja', 'isto', '.', 'Veja', '[a', 'documentação', 'em', 'O', 'contêiner', 'sobe.'])
  })

  it('keeps a Mermaid diagram\'s labels as prose, not its syntax', () => {
    expect(mermaidLabels('  A[Imagem] -->|cria| B("Contêiner (rodando)")').trim().split(/\s+/)).toEqual(['Imagem', 'cria', 'Contêiner', 'rodando'])
    expect(mermaidLabels('  classDef x fill:#fff').trim()).toBe('')
  })

  it('renders what the slide shows: no comments, no code', () => {
    expect(words(renderedOf(['<Foo />', '<!-- <Bar /> -->', '`<Baz />`']))).toEqual(['<Foo', '/>'])
  })

  it('sets apart italics (foreign terms) and, among them, cited titles (three words or more)', () => {
    const line = 'Veja *Start containers automatically* e o *container*, não **negrito forte aqui**.'
    const { withoutTitles, withoutItalics, italics } = splitItalics(line)
    expect(withoutTitles).not.toContain('Start')
    expect(withoutTitles).toContain('*container*')
    expect(withoutItalics).not.toContain('container')
    expect(italics.trim().split(/\s{2,}/)).toEqual(['*Start containers automatically*', '*container*'])
    for (const text of [withoutTitles, withoutItalics, italics]) expect(text).toHaveLength(line.length)
    expect(withoutItalics).toContain('**negrito forte aqui**')
  })
})

describe('one spelling of contêiner', () => {
  it('flags container/containers and unaccented forms, with the fix', () => {
    expect(wrongContainerSpellings('O container e os Containers; conteiner, conteineres, contêiners.')).toEqual([
      { word: 'container', fix: 'contêiner' },
      { word: 'Containers', fix: 'Contêineres' },
      { word: 'conteiner', fix: 'contêiner' },
      { word: 'conteineres', fix: 'contêineres' },
      { word: 'contêiners', fix: 'contêineres' },
    ])
  })

  it('accepts the chosen spelling, containerd and the listed proper names', () => {
    expect(wrongContainerSpellings('O contêiner e os contêineres do containerd, na Open Container Initiative, com Linux Containers e Windows Containers.')).toEqual([])
  })
})

describe('spelling (cspell, pt-BR + project-words.txt)', () => {
  it('flags a missing accent and suggests the word', async () => {
    const found = await misspellings(['Você sabe o que é isso?', 'Voce sabe?'])
    expect(found).toEqual([{ line: 1, word: 'Voce', suggestions: expect.arrayContaining(['você']) }])
  })

  it('accepts English only where asked (cited titles, references)', async () => {
    expect((await misspellings(['Start automatically'])).map(m => m.word)).toEqual(['Start', 'automatically'])
    expect(await misspellings(['Start automatically'], 'pt+en')).toEqual([])
    expect((await misspellings(['Start você'], 'en')).map(m => m.word)).toEqual(['você'])
  })
})

describe('spelling messages', () => {
  it('tells a command typed as prose (English) from a Portuguese typo, and accepts italic foreign terms', async () => {
    const lines = ['Rode docker pull agora.', 'Uma excessão.', 'O *runtime* do contêiner.']
    const problems = await checkSpelling('x.md', { prose: lines, portuguese: lines.map(l => l.replace('*runtime*', '         ')), foreign: lines.map(l => (l.includes('*runtime*') ? l : ' '.repeat(l.length))) }, () => '')
    expect(problems.map(p => [p.line, p.message.split(':')[1].trim().split(' ')[0], /inglês/.test(p.message)])).toEqual([
      [1, '"pull"', true],
      [2, '"excessão"', false],
    ])
  })
})

describe('components and layouts', () => {
  it('names components as unplugin-vue-components does', () => {
    expect(pascalCase('container-vs-vm')).toBe('ContainerVsVm')
    expect(pascalCase('ContainerVsVm')).toBe('ContainerVsVm')
  })

  it('knows HTML/SVG elements, Vue and Slidev built-ins, the project\'s components and installed icons', () => {
    for (const tag of ['div', 'span', 'svg', 'foreignObject', 'Transition', 'v-clicks', 'VClick', 'Arrow', 'Toc', 'carbon-arrow-right', 'i-carbon-arrow-right']) {
      expect(isKnownTag(tag), tag).toBe(true)
    }
    for (const tag of ['Arow', 'my-widget', 'carbon-no-such-icon-here', 'dvi']) expect(isKnownTag(tag), tag).toBe(false)
  })

  it('lists layouts from theme-default, Slidev and layouts/', () => {
    const layouts = registry().layouts
    expect(layouts.get('cover')).toBe('layouts/')
    expect(layouts.get('two-cols')).toBe('Slidev')
    expect(layouts.has('404')).toBe(false)
  })

  it('suggests the closest name only when it is close', () => {
    expect(closest('two-col', ['two-cols', 'center'])).toBe('two-cols')
    expect(closest('Completamente', ['Arrow', 'Toc'])).toBeUndefined()
  })

  it('finds tags and MDC blocks, not autolinks or slot markers', () => {
    expect(tagsIn('<Foo a="1"> <bar-baz/> <https://x.org> ')).toEqual(['Foo', 'bar-baz'])
    expect(tagsIn('::MyBlock')).toEqual(['MyBlock'])
  })
})

describe('assets and links', () => {
  it('finds images in Markdown, src attributes and CSS', () => {
    expect(assetsIn('![a](/a.png "t") <img src="./b.svg"> <img :src="\'/c.png\'"> style="background: url(/d.webp)" <img src="data:x">'))
      .toEqual(['/a.png', './b.svg', '/c.png', '/d.webp'])
  })

  it('resolves / against public/, ./ against the file, and leaves remote URLs out', () => {
    expect(resolveAsset('/img/a.png?x=1', '/p/slides/aula-1.md')).toBe(join(projectRoot, 'public/img/a.png'))
    expect(resolveAsset('./a.png', '/p/slides/aula-1.md')).toBe('/p/slides/a.png')
    expect(resolveAsset('https://x.org/a.png', '/p/a.md')).toBeUndefined()
  })

  it('finds internal slide links, not images or external links', () => {
    expect(linksIn('[a](/5) [b](#3) ![c](/x.png) [d](https://x.org) <Link to="7">e</Link>')).toEqual(['/5', '#3', '/7'])
  })
})

describe('notes and YAML', () => {
  it('counts the words a lecturer says, not the click markers', () => {
    expect(countWords('[click] Mostre o `docker ps` à turma — e pergunte: quem já usou?')).toBe(10)
  })

  it('points at the YAML line that opens what it never closes', () => {
    expect(unclosedLine('layout: default\nclass: [x\n')).toBe(2)
    expect(unclosedLine('title: "Aula 1\nfoo: bar')).toBe(1)
    expect(unclosedLine('a: 1')).toBeUndefined()
  })
})

describe('mermaid check (the build\'s renderer, in Chromium)', () => {
  it('accepts a valid diagram and explains an invalid one with its line', async () => {
    expect(await diagramError('graph LR\n  A["Contêiner (em execução)"] --> B')).toBeUndefined()
    const error = await diagramError('graph LR\n  A --> B\n  B --> C[texto (x)]')
    expect(error?.line).toBe(3)
    expect(error?.detail).toMatch(/^encontrou PS onde esperava/)
  })
})
