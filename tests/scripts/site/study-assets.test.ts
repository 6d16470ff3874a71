import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { groupOf, injectDeckStudy, precachePlan, webManifest } from '#scripts/site/study-assets'

const ids = ['aula-1', 'aula-2']

describe('precache plan', () => {
  it('groups the shell, each aula and the PDFs; leaves out compressed twins, the students\' build and host files', () => {
    expect(groupOf('index.html', ids)).toBe('shell')
    expect(groupOf('busca/indice.json', ids)).toBe('shell')
    expect(groupOf('aula-2/assets/index-abc.js', ids)).toBe('aula-2')
    expect(groupOf('aula-2/ler/index.html', ids)).toBe('aula-2')
    expect(groupOf('pdf/aula-1-apostila.pdf', ids)).toBe('pdf')
    for (const skipped of ['aula-2/assets/index-abc.js.br', 'index.html.gz', 'alunos/aula-1/index.html', 'alunos/busca/indice.json', '_redirects', '.nojekyll', 'sw.js', '__apostila/aula-1.html'])
      expect(groupOf(skipped, ids), skipped).toBeUndefined()
  })

  const dir = mkdtempSync(join(tmpdir(), 'dd-plan-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('gives each file a content revision, sizes per group, and a version that changes with any file', () => {
    mkdirSync(join(dir, 'aula-1'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), 'landing')
    writeFileSync(join(dir, 'aula-1', 'index.html'), 'deck 1')
    const first = precachePlan(dir, '/x/', ids)
    expect(first.groups.shell).toEqual([{ url: '/x/index.html', revision: expect.stringMatching(/^[0-9a-f]{16}$/) }])
    expect(first.bytes).toEqual({ shell: 7, 'aula-1': 6 })
    writeFileSync(join(dir, 'aula-1', 'index.html'), 'deck 1, new build')
    const second = precachePlan(dir, '/x/', ids)
    expect(second.version).not.toBe(first.version)
    expect(second.groups.shell).toEqual(first.groups.shell)
  })
})

describe('manifest and deck hook', () => {
  it('names the course in Portuguese under the base', () => {
    const manifest = JSON.parse(webManifest('/x/'))
    expect(manifest).toMatchObject({ name: 'Descomplicando o Docker', lang: 'pt-BR', start_url: '/x/', scope: '/x/' })
    expect(manifest.icons.map((i: { src: string }) => i.src)).toContain('/x/icons/icon-512.png')
  })

  it('adds the manifest and the study script to a deck page once', () => {
    const html = injectDeckStudy(injectDeckStudy('<html><head><title>t</title></head></html>', '/x/'), '/x/')
    expect(html.match(/study\/deck\.js/g)).toHaveLength(1)
    expect(html).toContain('<link rel="manifest" href="/x/manifest.webmanifest">')
  })
})
