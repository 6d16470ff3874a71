import { defineTransformersSetup } from '@slidev/types'
import { mermaidCodeblock } from '#scripts/mermaid/transform'
import { questionCodeblock } from '#scripts/questions/transform'

// Fenced blocks Slidev hands to the project first. ```mermaid becomes inline SVG rendered at
// build time (and in the dev server): no Mermaid code reaches the browser.
// ```pergunta becomes <Pergunta/> (scripts/questions/transform.ts).
export default defineTransformersSetup(() => ({
  codeblocks: [mermaidCodeblock(), questionCodeblock()],
}))
