// `npm run dev` (slidev dev) on the quiz fixture deck: a question edited in the deck reaches
// virtual:dd-perguntas (the phones' "responder (slide N)" prompt and the presenter's controls read
// it) without restarting the dev server.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { projectRoot } from '#scripts/site/decks'
import { freePort } from '#scripts/util/free-port'
import { slidevBin, startNode, type Started } from '#scripts/util/run'
import { until } from '../support/live'

// Two levels under the project root, like slides/aula-N.md: `addons: [./]` then finds the project.
const work = join(projectRoot, '.quiz-dev')
const deck = join(work, 'aula-1.md')
let dev: Started | undefined
afterAll(async () => {
  await dev?.stop()
  rmSync(work, { recursive: true, force: true })
})

it('serves the edited question after a save, with no restart', async () => {
  mkdirSync(work, { recursive: true })
  copyFileSync(join(projectRoot, 'tests/fixtures/quiz-live/aula-1.md'), deck)
  const port = await freePort()
  dev = await startNode('slidev dev', [slidevBin, deck, '--port', String(port)], /localhost:\d+/, { timeoutMs: 120_000 })
  const index = async () => (await fetch(`http://localhost:${port}/@id/__x00__virtual:dd-perguntas`)).text()
  expect(await index()).toContain('"id":"a1-kernel-compartilhado","slide":3')

  writeFileSync(deck, readFileSync(deck, 'utf8').replace('id: a1-kernel-compartilhado', 'id: a1-kernel-do-host'))
  await until(async () => (await index()).includes('"id":"a1-kernel-do-host","slide":3'), 30_000, 'o índice de perguntas com o id novo')
  expect(await index()).not.toContain('a1-kernel-compartilhado')
}, 180_000)
