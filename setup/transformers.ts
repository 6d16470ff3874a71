import { defineTransformersSetup } from '@slidev/types'
import { mermaidTransformer } from '#scripts/mermaid/transform'

// ```mermaid fences become inline SVG rendered at build time (and in the dev server): no Mermaid
// code reaches the browser. See scripts/mermaid/transform.ts.
export default defineTransformersSetup(() => ({
  preCodeblock: [mermaidTransformer()],
}))
