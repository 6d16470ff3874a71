// `virtual:dd-perguntas`: the deck's questions without their answers (client/quiz/deck-questions.ts),
// read from the slides Slidev loaded. A few hundred bytes in the deck's main bundle.
import type { Plugin } from 'vite'
import { findQuestions } from './parse'

const ID = 'virtual:dd-perguntas'
const RESOLVED = `\0${ID}`

export interface SlidesSource {
  data: { slides: Array<{ content: string }> }
}

export function questionIndex(slides: Array<{ content: string }>) {
  return slides.flatMap(({ content }, i) => findQuestions(content).flatMap(({ question: q }) =>
    q ? [{ id: q.id, slide: i + 1, prompt: q.prompt, options: q.options, multiple: q.correct.length > 1 }] : []))
}

export function questionIndexPlugin(options: SlidesSource): Plugin {
  return {
    name: 'dd-perguntas',
    resolveId: id => (id === ID ? RESOLVED : undefined),
    load: id => (id === RESOLVED ? `export default ${JSON.stringify(questionIndex(options.data.slides))}\n` : undefined),
  }
}
