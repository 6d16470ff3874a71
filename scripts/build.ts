// `npm run build`: every deck into dist/aula-N/ (base BASE + aula-N/) and the landing page.
// Built beside dist/ and swapped in at the end, so a failed build leaves the previous site intact.
import { rmSync, renameSync, mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { runTsx } from './lib/tsx'
import { listDecks } from './lib/decks'
import { deckBase, deckOutDir, distDir, siteBase } from './lib/site'
import { runSlidev } from './lib/slidev'
import { step } from './lib/progress'
import { renderIndex } from './lib/landing'

const staging = `${distDir}.staging`
const base = siteBase()
const decks = await listDecks()

await step('lint: slides/*.md', () => runTsx('scripts/lint-slides.ts'))

rmSync(staging, { recursive: true, force: true })
mkdirSync(staging, { recursive: true })

for (const deck of decks) {
  await step(`${deck.id}: site (base ${deckBase(deck, base)})`, () =>
    runSlidev(['build', deck.relativeFile, '--base', deckBase(deck, base), '--out', deckOutDir(deck, staging)], { quiet: true }))
}

writeFileSync(join(staging, 'index.html'), renderIndex(decks, base))

const old = `${distDir}.old`
rmSync(old, { recursive: true, force: true })
if (existsSync(distDir)) renameSync(distDir, old)
renameSync(staging, distDir)
rmSync(old, { recursive: true, force: true })
console.log(`Site pronto em ${distDir} (${decks.length} aulas, base ${base}).`)
