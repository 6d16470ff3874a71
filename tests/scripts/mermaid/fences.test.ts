import { describe, expect, it } from 'vitest'
import { findFences, findMermaidFences, parseFenceOptions } from '#scripts/mermaid/fences'

describe('findMermaidFences', () => {
  it('finds a fence with its code, line and exact span', () => {
    const text = '# Título\n\n```mermaid\ngraph LR\n  A --> B\n```\n\nDepois.'
    const [fence] = findMermaidFences(text)
    expect(fence.code).toBe('graph LR\n  A --> B')
    expect(fence.open).toBe(2)
    expect(text.slice(fence.start, fence.end)).toBe('```mermaid\ngraph LR\n  A --> B\n```\n')
    expect(fence.options).toBe('')
  })

  it('reads the options after `mermaid`', () => {
    const [fence] = findMermaidFences('```mermaid {scale: 0.8}\npie\n```')
    expect(fence.options).toBe('{scale: 0.8}')
  })

  it('ignores other languages and a Mermaid example inside a longer fence', () => {
    const text = [
      '```bash',
      'docker ps',
      '```',
      '````md',
      '```mermaid',
      'graph LR',
      '```',
      '````',
      '~~~mermaid',
      'graph TD',
      '  X --> Y',
      '~~~',
    ].join('\n')
    const fences = findMermaidFences(text)
    expect(fences).toHaveLength(1)
    expect(fences[0].code).toBe('graph TD\n  X --> Y')
    expect(fences[0].open).toBe(8)
  })

  it('does not take `mermaidjs` or a closing fence shorter than the opening one', () => {
    expect(findMermaidFences('```mermaidjs\ngraph LR\n```')).toHaveLength(0)
    const [fence] = findMermaidFences('````mermaid\ngraph LR\n```\n  A --> B\n````\nfim')
    expect(fence.code).toBe('graph LR\n```\n  A --> B')
  })

  it('runs an unclosed fence to the end of the slide, as CommonMark does', () => {
    const text = 'x\n```mermaid\ngraph LR\n  A --> B'
    const [fence] = findMermaidFences(text)
    expect(fence.end).toBe(text.length)
    expect(fence.code).toBe('graph LR\n  A --> B')
  })

  it('finds several fences in order', () => {
    const text = '```mermaid\ngraph LR\n```\n\ntexto\n\n```mermaid\npie\n```\n'
    expect(findMermaidFences(text).map(f => [f.open, f.code])).toEqual([[0, 'graph LR'], [6, 'pie']])
  })

  it('leaves a fence indented four spaces (code block) alone', () => {
    expect(findMermaidFences('    ```mermaid\n    graph LR\n    ```')).toHaveLength(0)
  })

  it('de-indents the content of an indented fence as markdown-it does', () => {
    const [fence] = findMermaidFences('  ```mermaid\n  graph LR\n     A --> B\n  ```')
    expect(fence.code).toBe('graph LR\n   A --> B')
  })
})

describe('findFences', () => {
  it('gives every outermost fence with its lines, language and meta', () => {
    const lines = ['a', '```bash {1|2}', 'ls', '```', '````md magic-move', '```js', 'x', '```', '````', '~~~', 'y']
    expect(findFences(lines).map(f => [f.open, f.close, f.lang, f.meta, f.closed, f.code])).toEqual([
      [1, 3, 'bash', '{1|2}', true, 'ls'],
      [4, 8, 'md', 'magic-move', true, '```js\nx\n```'],
      [9, 10, '', '', false, 'y'],
    ])
  })
})

describe('parseFenceOptions', () => {
  it('accepts scale and maxHeight', () => {
    expect(parseFenceOptions('')).toEqual({})
    expect(parseFenceOptions('{scale: 0.8, maxHeight: 300}')).toEqual({ scale: 0.8, maxHeight: 300 })
  })

  it('rejects what it would otherwise silently ignore', () => {
    expect(() => parseFenceOptions("{theme: 'dark'}")).toThrow(/não suportada.*theme/)
    expect(() => parseFenceOptions('{scale: 0}')).toThrow(/não suportada/)
    expect(() => parseFenceOptions('scale=2')).toThrow(/inválidas/)
  })
})
