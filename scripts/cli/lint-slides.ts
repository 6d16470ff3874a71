// `npm run lint:slides [-- aula-3 …]`: checks every deck (or the ones named) and prints each
// problem as `slides/aula-3.md:42: mensagem`; exits 1 when there is any. Runs before every build.
import { listDecks, pickDeck } from '#scripts/site/decks'
import { formatProblem, lintDecks } from '#scripts/lint/index'
import { cliArgs } from '#scripts/util/cli-args'

const { positionals } = cliArgs('npm run lint:slides [-- aula-N …]', { allowPositionals: true, options: {} })
const all = await listDecks()
const decks = positionals.length ? positionals.map(wanted => pickDeck(all, wanted)) : all
const problems = await lintDecks(decks)
for (const problem of problems) console.error(formatProblem(problem))
if (problems.length) {
  console.error(`\nlint:slides: ${problems.length} problema(s) em ${decks.map(d => d.id).join(', ')}. Corrija-os e rode "npm run lint:slides" de novo.`)
  process.exit(1)
}
console.log(`lint:slides: nenhum problema em ${decks.map(d => d.id).join(', ')}.`)
