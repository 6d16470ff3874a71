import { defineShikiSetup } from '@slidev/types'

// GitHub's high-contrast themes: every token passes WCAG AA on the code background (the default
// vitesse themes do not: axe flagged comments and strings at 2.1–3.9:1), and they project well.
// ```pergunta fences never reach Shiki: Slidev runs the project's codeblock transformers before its
// highlighter, and setup/transformers.ts turns each one into <Pergunta/> (or stops the build).
export default defineShikiSetup(() => ({
  themes: {
    light: 'github-light-high-contrast',
    dark: 'github-dark-high-contrast',
  },
}))
