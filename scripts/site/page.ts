// The one HTML shell of the site's standalone pages (landing page, 404, login): language, viewport,
// colour schemes, favicon, the course palette as `--dd-*` variables and the self-hosted Inter.
import { escapeHtml } from '@vue/shared'
import { course } from '#course'
import { pagePaletteCss } from '#client/palette'
import { fontFaces } from './page-fonts'

export interface PageOptions {
  title: string
  /** The site base the fonts and the favicon are served under; without it the page uses the system's fonts. */
  base?: string
  /** Extra <head> markup (meta description, a script). */
  head?: string
  style: string
  body: string
}

export function renderPage({ title, base, head = '', style, body }: PageOptions): string {
  return `<!doctype html>
<html lang="${course.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${base ?? '/'}favicon.svg">
${head}<style>
${base === undefined ? '' : `${fontFaces(base)}\n`}${pagePaletteCss()}
html { font: 18px/1.5 'Inter', ui-sans-serif, system-ui, sans-serif; color: var(--dd-text); background: var(--dd-bg); }
:focus-visible { outline: 3px solid var(--dd-accent); outline-offset: 3px; }
${style.trim()}
</style>
</head>
<body>
${body.trim()}
</body>
</html>
`
}
