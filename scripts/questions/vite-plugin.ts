// `virtual:dd-perguntas`: the deck's questions without their answers (client/quiz/deck-questions.ts),
// read from the slides Slidev loaded (again after each save in the dev server). A few hundred bytes in
// the deck's main bundle.
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
  const source = () => `export default ${JSON.stringify(questionIndex(options.data.slides))}\n`
  let served: string | undefined
  return {
    name: 'dd-perguntas',
    resolveId: id => (id === ID ? RESOLVED : undefined),
    load: id => (id === RESOLVED ? (served = source()) : undefined),
    // `npm run dev`: Slidev's loader (enforce: 'pre') has already read the saved deck into
    // options.data; when that changed a question's id, slide, prompt or options, the index goes out
    // with the slides' own update.
    handleHotUpdate({ server, modules }) {
      const module = server.moduleGraph.getModuleById(RESOLVED)
      if (!module || served === undefined || source() === served) return
      server.moduleGraph.invalidateModule(module)
      return [...modules, module]
    },
  }
}
