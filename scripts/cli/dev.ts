// `npm run dev [-- N]`: presents aula N (default: the first) with hot reload.
// Any further arguments go to `slidev` as they are (e.g. `npm run dev -- 2 --open`).
import { listDecks, pickDeck } from '#scripts/site/decks'
import { runSlidev } from '#scripts/util/slidev'

const [wanted, ...rest] = process.argv.slice(2)
const useWanted = wanted && !wanted.startsWith('-')
const decks = await listDecks()
const deck = pickDeck(decks, useWanted ? wanted : undefined)
const others = decks.filter(d => d !== deck).map(d => `npm run dev -- ${d.number}`)
console.log(`▶ ${deck.relativeFile} — ${deck.title}`)
if (others.length) console.log(`  outras aulas: ${others.join(' | ')}`)
await runSlidev([deck.relativeFile, ...(useWanted ? rest : process.argv.slice(2))])
