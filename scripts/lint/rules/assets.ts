// Images and other assets a slide loads must exist (public/ for `/x.png`, beside the file for
// `./x.png`) and be local: the course is presented offline.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { projectRoot } from '#scripts/site/decks'
import { renderedOf } from '#scripts/lint/markdown'
import type { DeckView, Problem, SlideView } from '#scripts/lint/types'
import { slideProblem } from '#scripts/lint/types'

const publicDir = join(projectRoot, 'public')
const FRONTMATTER_KEYS = ['image', 'background', 'backgroundImage']

/** Asset URLs referenced in one line of rendered Markdown. */
export function assetsIn(line: string): string[] {
  const found = [
    ...Array.from(line.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g), m => m[1]),
    ...Array.from(line.matchAll(/(?<![:\w-])(?:src|poster|data)\s*=\s*["']([^"']+)["']/g), m => m[1]),
    ...Array.from(line.matchAll(/:(?:src|poster)\s*=\s*"'([^']+)'"/g), m => m[1]),
    ...Array.from(line.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g), m => m[1]),
  ]
  return found.filter(url => !url.startsWith('data:') && !url.startsWith('#') && !url.includes('{{'))
}

/** The file an asset URL points to, or undefined for remote URLs. */
export function resolveAsset(url: string, from: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url)) return undefined
  const path = decodeURI(url.replace(/[?#].*$/, ''))
  return path.startsWith('/') ? join(publicDir, path) : resolve(dirname(from), path)
}

function check(deck: DeckView, slide: SlideView, url: string, line: number): Problem | undefined {
  const file = resolveAsset(url, slide.filepath)
  if (file === undefined) {
    return slideProblem(deck, slide, line, `recurso remoto ${url}: não carrega sem internet; baixe-o para public/ e use o caminho local (/nome.ext)`)
  }
  if (!existsSync(file)) {
    const where = file.startsWith(publicDir) ? `public${file.slice(publicDir.length)}` : file.slice(projectRoot.length + 1)
    return slideProblem(deck, slide, line, `imagem ou arquivo não encontrado: ${url} (procurei em ${where}); caminhos que começam com / partem de public/`)
  }
  return undefined
}

export function checkAssets(deck: DeckView): Problem[] {
  const problems: Problem[] = []
  for (const slide of deck.slides) {
    for (let i = slide.start; i < slide.contentStart; i++) {
      const match = new RegExp(`^(${FRONTMATTER_KEYS.join('|')})\\s*:\\s*["']?([^"'#\\s]+)`).exec(slide.fileLines[i])
      if (!match) continue
      const url = match[2]
      if (match[1] === 'background' && !/[./]/.test(url)) continue // a colour, not a file
      const problem = check(deck, slide, url, i)
      if (problem) problems.push(problem)
    }
    renderedOf(slide.fileLines.slice(slide.contentStart, slide.end)).forEach((line, i) => {
      for (const url of assetsIn(line)) {
        const problem = check(deck, slide, url, slide.contentStart + i)
        if (problem) problems.push(problem)
      }
    })
  }
  return problems
}
