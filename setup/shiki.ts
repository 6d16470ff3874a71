import { defineShikiSetup } from '@slidev/types'

// GitHub's high-contrast themes: every token passes WCAG AA on the code background (the default
// vitesse themes do not: axe flagged comments and strings at 2.1–3.9:1), and they project well.
// ```pergunta fences (live questions, YAML inside) are highlighted as YAML wherever no transformer
// has turned them into the question component yet; without a grammar of that name Shiki fails the build.
export default defineShikiSetup(() => ({
  themes: {
    light: 'github-light-high-contrast',
    dark: 'github-dark-high-contrast',
  },
  langs: {
    pergunta: async () => ({
      default: (await import('@shikijs/langs/yaml')).default.map(lang => ({ ...lang, name: 'pergunta', aliases: [] })),
    }),
  },
}))
