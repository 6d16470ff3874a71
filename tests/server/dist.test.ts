// What the live server refuses to serve students: a deck without its students' build whose own build
// carries the questions' answers (the static self-check NOTES=off builds): `npm run live` exits with
// a Portuguese message instead of handing the phones the answers before the reveal.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildHasAnswers, readDist } from '#server/dist'
import { fixtureDist } from '../support/live'
import { spawnLive } from '../support/live-process'

const dir = mkdtempSync(join(tmpdir(), 'dd-live-dist-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The fixture site with aula-2 (no alunos/ copy, as NOTES=off builds it) holding a compiled question. */
function siteWithAnswers(name: string, props: string): string {
  const root = join(dir, name)
  cpSync(fixtureDist, root, { recursive: true })
  writeFileSync(join(root, 'aula-2/assets/md-pergunta.js'),
    `var d={setup(){return()=>s(f,{id:\`a2-imagem-oci\`,slide:9,prompt:\`O que é uma imagem?\`,options:[\`A\`,\`B\`],multiple:!1${props}})}};export{d as default};\n`)
  return root
}

describe('a deck served to students without its students\' build', () => {
  it('is served when it carries no answer (the question without correct/explanation)', () => {
    const root = siteWithAnswers('sem-respostas', '')
    expect(buildHasAnswers(join(root, 'aula-2'))).toBe(false)
    expect(readDist(root).decks.find(d => d.id === 'aula-2')?.studentDir).toBe(join(root, 'aula-2'))
  })

  it('is refused when it carries the answers, and `npm run live` says why and exits 1', async () => {
    const root = siteWithAnswers('com-respostas', ',correct:[0],explanation:`Uma imagem é um pacote OCI.`')
    expect(buildHasAnswers(join(root, 'aula-2'))).toBe(true)
    expect(() => readDist(root)).toThrow(/aula-2: falta a versão dos alunos .* traz as respostas das perguntas .*rode `npm run build` sem `NOTES=off`/)
    const live = spawnLive([], { DIST_DIR: root, LIVE_DB: join(dir, 'a.db') })
    expect(await live.exited).toBe(1)
    expect(live.output()).toMatch(/Não foi possível iniciar a aula ao vivo: aula-2: falta a versão dos alunos/)
  })

  it('is not checked when the students\' build is there (aula-1: dist/alunos/aula-1 is what students get)', () => {
    const root = join(dir, 'com-alunos')
    cpSync(fixtureDist, root, { recursive: true })
    writeFileSync(join(root, 'aula-1/assets/md-pergunta.js'), 'var d={options:[`A`,`B`],correct:[1],explanation:`x`};\n')
    expect(readDist(root).decks.find(d => d.id === 'aula-1')?.studentDir).toBe(join(root, 'alunos', 'aula-1'))
  })
})
