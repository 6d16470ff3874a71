// The data modules cite their facts by ids of slides/FONTES.md (`[ns7]`), never an outside document:
// every id a module cites must be defined there, once.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '#scripts/site/decks'

const fontes = readFileSync(join(projectRoot, 'slides/FONTES.md'), 'utf8')
const defined = [...fontes.matchAll(/^- `\[([a-z0-9-]+)\]`/gm)].map(m => m[1])
const figures = join(projectRoot, 'client/figures')
/** The `[id]`s in a module's comments (code such as `entries[path]` is not a citation). */
const cited = (file: string) => readFileSync(join(figures, file), 'utf8').split('\n')
  .map(line => /(?:^\s*(?:\/\/|\/?\*+)|\s\/\/)(.*)$/.exec(line)?.[1] ?? '')
  .flatMap(comment => [...comment.matchAll(/\[([a-z][a-z0-9-]*)\]/g)].map(m => m[1]))

describe('slides/FONTES.md', () => {
  it('defines each id once', () => {
    expect(defined.filter((id, i) => defined.indexOf(id) !== i)).toEqual([])
  })

  const modules = ['namespaces.ts', 'cgroup-settings.ts', 'netfilter-hops.ts', 'layer-scenario.ts', 'union-fs.ts']
  it.each(modules)('%s cites only ids FONTES.md defines, and cites at least one', (file) => {
    const ids = cited(file)
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.filter(id => !defined.includes(id))).toEqual([])
  })
})
