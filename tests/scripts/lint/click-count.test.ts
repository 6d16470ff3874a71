// The click counter against the forms Slidev supports, with the totals Slidev's clicks context
// (composables/useClicks.ts) gives for them.
import { describe, expect, it } from 'vitest'
import { countClicks, countNoteClicks, countVClicksChildren, parseExpression, parseLiteral } from '#scripts/lint/click-count'

const total = (content: string, frontmatter = {}) => countClicks(content, frontmatter).total

describe('click counter', () => {
  it('counts nothing on a slide without click animations', () => {
    expect(total('# Título\n\n- um\n- dois\n\n<div class="x">texto</div>')).toBe(0)
  })

  it('counts each v-click element and <v-click> component once, v-after as none', () => {
    expect(total('<div v-click>a</div>\n<div v-click>b</div>\n<p v-after>c</p>')).toBe(2)
    expect(total('<v-click>\n\na\n\n</v-click>\n<v-after>b</v-after>\n<VClick>c</VClick>')).toBe(2)
    expect(total('<div v-click.hide>a</div>\n<div v-click-hide>b</div>')).toBe(2)
  })

  it('follows absolute and relative positions as Slidev does', () => {
    expect(total('<div v-click="3">a</div>')).toBe(3)
    expect(total('<div v-click>a</div>\n<div v-click="\'+2\'">b</div>')).toBe(3)
    expect(total('<v-click at="+2">a</v-click>')).toBe(2)
    expect(total('<v-click at="1">a</v-click>\n<v-click at="1">b</v-click>')).toBe(1)
    expect(total('<div v-click="[1, 3]">a</div>')).toBe(3)
    expect(total('<div v-click="false">a</div>')).toBe(0)
  })

  it('counts <v-clicks> children: list items to the given depth, every, table rows, blocks', () => {
    expect(total('<v-clicks>\n\n- a\n- b\n- c\n\n</v-clicks>')).toBe(3)
    expect(total('<v-clicks depth="2">\n\n- a\n  - a1\n  - a2\n- b\n\n</v-clicks>')).toBe(4)
    expect(total('<v-clicks>\n\n- a\n  - a1\n- b\n\n</v-clicks>')).toBe(2)
    expect(total('<v-clicks every="2">\n\n- a\n- b\n- c\n\n</v-clicks>')).toBe(2)
    expect(countVClicksChildren('\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n')).toBe(2)
    expect(countVClicksChildren('\n<div>a</div>\n<div>\n  <p>b</p>\n</div>\n\nParágrafo solto\n')).toBe(3)
    expect(total('<v-clicks>\n\n- a\n- b\n\n</v-clicks>\n\n<div v-click>c</div>')).toBe(3)
  })

  it('counts highlighted code steps and magic-move steps', () => {
    expect(total('```bash {1|2|3}\na\nb\nc\n```')).toBe(2)
    expect(total('```bash {2}\na\nb\n```')).toBe(0)
    expect(total('````md magic-move\n```js\na\n```\n```js\nb\n```\n```js\nc\n```\n````')).toBe(2)
    expect(total('```html\n<div v-click>not a click: code</div>\n```')).toBe(0)
  })

  it('counts v-mark (a click unless told otherwise) and MDC {v-click}', () => {
    expect(total('<span v-mark.red>a</span>')).toBe(1)
    expect(total('<span v-mark="{ at: 3, color: \'red\' }">a</span>')).toBe(3)
    expect(total('- item {v-click}\n- outro {v-click}')).toBe(2)
  })

  it('ignores v-click inside HTML comments and inline code', () => {
    expect(total('Use `v-click` nos itens.\n\n<!-- <div v-click>x</div> -->')).toBe(0)
  })

  it('counts a step figure\'s own clicks (client/figures/steps.ts), after the clicks before it', () => {
    expect(countClicks('<ContainerVsVm />')).toMatchObject({ total: 3, from: 'content', sources: ['<ContainerVsVm> ×3'], figures: ['ContainerVsVm'] })
    expect(total('<NamespaceExplorer group="demais" />')).toBe(4)
    expect(total('<div v-click>a</div>\n\n<CopyOnWrite />')).toBe(4)
    expect(countClicks('<NamespaceExplorer group="outro" />').unknown).toEqual(['<NamespaceExplorer group="outro" />'])
    expect(total('<LayerCard :stack="s" :index="1" />')).toBe(0)
  })

  it('lets `clicks:` in the frontmatter override the count, and still names the figures', () => {
    expect(countClicks('<ContainerVsVm />', { clicks: 2 })).toMatchObject({ total: 2, from: 'frontmatter', figures: ['ContainerVsVm'] })
  })

  it('reports values it cannot evaluate', () => {
    expect(countClicks('<div v-click="step + 1">a</div>').unknown).toEqual(['v-click="step + 1"'])
  })

  it('reads binding and literal values', () => {
    expect(parseExpression(undefined)).toEqual({ kind: 'relative', value: 1 })
    expect(parseExpression('2')).toEqual({ kind: 'absolute', value: 2 })
    expect(parseExpression('\'+1\'')).toEqual({ kind: 'relative', value: 1 })
    expect(parseLiteral('+3')).toEqual({ kind: 'relative', value: 3 })
    expect(parseLiteral('4')).toEqual({ kind: 'absolute', value: 4 })
  })

  it('adds up the notes\' markers as Slidev does: [click] is one, [click:3] three', () => {
    expect(countNoteClicks('a [click] b [click] c')).toBe(2)
    expect(countNoteClicks('a [click:3] b [CLICK]')).toBe(4)
    expect(countNoteClicks(undefined)).toBe(0)
  })
})
