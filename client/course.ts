// The one place for what every deck shares: course identity and the Slidev headmatter defaults.
// Decks keep only what is theirs (title, aula, topics); setup/preparser.ts merges the rest in.

export const course = {
  name: 'Descomplicando o Docker',
  lang: 'pt-BR',
} as const

/** Headmatter every deck gets unless it sets the key itself. */
export const sharedHeadmatter: Record<string, unknown> = {
  theme: 'default',
  lang: course.lang,
  // public/favicon.svg: Vite puts each deck's base in front of it.
  favicon: '/favicon.svg',
  // Fonts are self-hosted (styles/fonts.css); `local` keeps Slidev from asking Google for them.
  fonts: {
    sans: 'Inter',
    mono: 'JetBrains Mono',
    local: 'Inter,JetBrains Mono',
    provider: 'none',
  },
  colorSchema: 'auto',
  aspectRatio: '16/9',
  canvasWidth: 980,
  transition: 'slide-left',
  highlighter: 'shiki',
  lineNumbers: false,
  mdc: true,
  monaco: false,
  twoslash: false,
  editor: false,
  mcp: false,
  record: false,
  presenter: true,
  download: false,
  browserExporter: false,
  selectable: true,
  contextMenu: false,
  wakeLock: true,
  duration: '50min',
  timer: 'stopwatch',
  drawings: { enabled: 'dev', persist: false },
  export: { format: 'pdf', withClicks: false, timeout: 60000 },
}

/** Fills in the shared defaults without overriding what a deck sets. */
export function withSharedHeadmatter(headmatter: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(sharedHeadmatter)) {
    if (!(key in headmatter)) headmatter[key] = value
  }
  return headmatter
}
