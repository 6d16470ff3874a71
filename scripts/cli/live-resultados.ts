// `npm run live:resultados [-- --saida <pasta>]`: the live questions' results of every aula, as
// <pasta>/aula-N.csv and aula-N.md (default pasta: resultados/), from the store `npm run live` used.
import { writeResultsFiles } from '#server/quiz/results-files'
import { distDir } from '#scripts/site/paths'
import { cliArgs } from '#scripts/util/cli-args'

const { values } = cliArgs('npm run live:resultados [-- --saida <pasta>]', { options: { saida: { type: 'string', short: 's', default: 'resultados' } } })
try {
  const { where, decks } = await writeResultsFiles({ distDir: distDir(), outDir: values.saida })
  console.log(`Respostas lidas de ${where}.`)
  for (const d of decks) console.log(`${d.deck}: ${d.answered} de ${d.questions} perguntas com respostas → ${d.files.join(', ')}`)
}
catch (error) {
  console.error(`Não foi possível gravar os resultados: ${(error as Error).message}`)
  process.exit(1)
}
