import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SLIDEV_STRINGS } from '#client/presenter/slidev-strings'
import { translateSlidevFile } from '#scripts/site/slidev-pt'

const clientDir = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))

describe('Slidev strings in pt-BR', () => {
  it('finds every listed string in the installed @slidev/client and replaces it', () => {
    for (const [file, pairs] of Object.entries(SLIDEV_STRINGS)) {
      const source = readFileSync(join(clientDir, file), 'utf8')
      const out = translateSlidevFile(file, source)
      for (const [from, to] of pairs) {
        if (from !== to) expect(out, `${file}: ${from}`).not.toContain(from)
        expect(out).toContain(to)
      }
    }
  })

  it('fails loudly when Slidev changed a string', () => {
    expect(() => translateSlidevFile('internals/QuickOverview.vue', '<IconButton title="Shut" />')).toThrow(/slidev-strings\.ts/)
  })

  it('leaves files it has no list for alone', () => {
    expect(translateSlidevFile('internals/Other.vue', 'title="Close"')).toBe('title="Close"')
  })
})
