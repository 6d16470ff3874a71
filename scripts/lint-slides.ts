// `npm run lint:slides`: checks every deck and prints `slides/aula-N.md:LINE: mensagem`.
import { relative } from 'node:path'
import { listDecks, loadDeck, projectRoot } from './lib/decks'

let problems = 0
for (const deck of await listDecks()) {
  const data = await loadDeck(deck.file)
  for (const slide of data.slides) {
    if (!slide.note?.trim()) {
      console.error(`${relative(projectRoot, slide.source.filepath)}:${slide.source.start + 1}: slide ${slide.index + 1} de ${deck.id} sem notas do apresentador`)
      problems++
    }
  }
}
if (problems) process.exit(1)
console.log('lint:slides: nenhum problema.')
