// The "plain Slidev" side of the benchmark: the same decks (and their components, so every slide
// still has its content) in a throw-away project without this project's addon — no shared
// headmatter, no build-time Mermaid, no slimmed client, no course styles. Only Google Fonts are
// turned off, so the build and the page work offline.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot, slidesDir } from '#scripts/site/decks'

/** The deck's headmatter without `addons`, with Slidev's font provider switched off. */
export function plainHeadmatter(markdown: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)
  if (!match) return markdown
  const kept: string[] = []
  let skipping = false
  for (const line of match[1].split('\n')) {
    if (/^addons\s*:/.test(line)) {
      skipping = true
      continue
    }
    if (skipping && /^\s+(-|\S)/.test(line)) continue
    skipping = false
    kept.push(line)
  }
  if (!kept.some(line => /^fonts\s*:/.test(line))) kept.push('fonts:', '  provider: none')
  return `---\n${kept.join('\n')}\n---${markdown.slice(match[0].length)}`
}

/** Writes the plain project under `dir`; returns its slides folder (the decks' Slidev root). */
export function createPlainProject(dir: string): string {
  const slides = join(dir, 'slides')
  mkdirSync(slides, { recursive: true })
  for (const entry of readdirSync(slidesDir(), { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const from = join(slidesDir(), entry.name)
    if (entry.isDirectory()) cpSync(from, join(slides, entry.name), { recursive: true })
    else if (/^aula-\d+\.md$/.test(entry.name)) writeFileSync(join(slides, entry.name), plainHeadmatter(readFileSync(from, 'utf8')))
    else cpSync(from, join(slides, entry.name))
  }
  for (const folder of ['components', 'public']) {
    if (existsSync(join(projectRoot, folder))) cpSync(join(projectRoot, folder), join(slides, folder), { recursive: true })
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'))
  return slides
}
