import { describe, expect, it } from 'vitest'
import { firstViewPreloads, type ChunkLike } from '#scripts/site/slim-client'

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null): ChunkLike =>
  ({ type: 'chunk', fileName, imports, facadeModuleId })

describe('firstViewPreloads', () => {
  const bundle = Object.fromEntries([
    chunk('index.js', ['vue.js', 'runtime.js'], '/deck/index.html'),
    chunk('vue.js'),
    chunk('runtime.js'),
    chunk('play.js', ['vue.js', 'shortcuts.js'], '/x/node_modules/@slidev/client/pages/play.vue'),
    chunk('shortcuts.js', ['fuse.js']),
    chunk('fuse.js'),
    chunk('md-1.js', ['cover.js'], '/x/slides/aula-1.md__slidev_1.md'),
    chunk('cover.js', ['vue.js']),
    chunk('md-2.js', ['default.js'], '/x/slides/aula-1.md__slidev_2.md'),
    chunk('default.js'),
    chunk('presenter.js', [], '/x/node_modules/@slidev/client/pages/presenter.vue'),
    { type: 'asset', fileName: 'index.css' } as ChunkLike,
  ].map(c => [c.fileName, c]))

  it('preloads the play view and slide 1 with what they import, not what the entry already preloads', () => {
    expect(firstViewPreloads(bundle, 'index.js')).toEqual(['cover.js', 'fuse.js', 'md-1.js', 'play.js', 'shortcuts.js'])
  })

  it('adds nothing when the first view cannot be found', () => {
    expect(firstViewPreloads({ 'index.js': chunk('index.js', ['vue.js']), 'vue.js': chunk('vue.js') }, 'index.js')).toEqual([])
  })
})
