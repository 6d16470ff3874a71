// The one place for what every deck shares: course identity and the Slidev headmatter defaults.
// Decks keep only what is theirs (title, aula, topics); setup/preparser.ts merges the rest in.

import { palettes } from './palette'

export const course = {
  name: 'Descomplicando o Docker',
  shortName: 'Descomplicando o Docker',
  lang: 'pt-BR',
} as const

// An inline SVG favicon in the course blue: no file to resolve under a base path, no CDN request.
const favicon =
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${palettes.light.primary}"/>`
    + '<path d="M12 34h40c-2 10-10 18-22 18-10 0-16-7-18-18z" fill="#fff"/>'
    + '<g fill="#fff"><rect x="16" y="22" width="8" height="8"/><rect x="26" y="22" width="8" height="8"/>'
    + '<rect x="36" y="22" width="8" height="8"/><rect x="26" y="12" width="8" height="8"/></g></svg>',
  )}`

/** Headmatter every deck gets unless it sets the key itself. */
export const sharedHeadmatter: Record<string, unknown> = {
  theme: 'default',
  lang: course.lang,
  favicon,
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
