// `npm run dev [-- N]`: presents aula N (default: the first) with hot reload.
// Any further arguments go to `slidev` as they are (e.g. `npm run dev -- 2 --open`).
import { parseArgs } from 'node:util'
import { listDecks, pickDeck } from '#scripts/site/decks'
import { runSlidev } from '#scripts/util/run'

// Only a first word that is not an option is ours (the aula): parsed loosely, everything is passed on.
const args = process.argv.slice(2)
const [first] = parseArgs({ args, strict: false, allowPositionals: true, tokens: true }).tokens
const wanted = first?.kind === 'positional' && first.index === 0 ? first.value : undefined
const rest = wanted === undefined ? args : args.slice(1)
const decks = await listDecks()
const deck = pickDeck(decks, wanted)
const others = decks.filter(d => d !== deck).map(d => `npm run dev -- ${d.number}`)
console.log(`▶ ${deck.relativeFile} — ${deck.title}`)
if (others.length) console.log(`  outras aulas: ${others.join(' | ')}`)
await runSlidev([deck.relativeFile, ...rest])
