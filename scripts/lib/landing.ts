// The landing page (dist/index.html): one card per aula.
import type { Deck } from './decks'
import { course } from '../../course.config'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function renderIndex(decks: Deck[], base: string): string {
  const cards = decks.map(deck => `
    <li class="card">
      <h2><span class="number">Aula ${deck.number}</span> ${escape(deck.title)}</h2>
      <ul>${deck.topics.map(t => `<li>${escape(t)}</li>`).join('')}</ul>
      <p><a href="${base}${deck.id}/">Apresentar</a> · <a href="${base}${deck.id}/presenter/">Modo apresentador</a></p>
    </li>`).join('')
  return `<!doctype html>
<html lang="${course.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(course.name)}</title></head>
<body>
<main>
<h1>${escape(course.name)}</h1>
<ul class="cards">${cards}
</ul>
</main>
</body>
</html>
`
}
