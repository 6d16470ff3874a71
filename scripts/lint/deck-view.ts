// Loads a deck with Slidev's own parser and lays out, per slide, the file and lines its text
// comes from, so every rule can point at the real source line (also inside `src:` part files).
import { readFileSync } from 'node:fs'
import { basename, relative } from 'node:path'
import { withSharedHeadmatter } from '#course'
import { loadDeck, projectRoot } from '#scripts/site/decks'
import type { DeckView, SlideView } from './types'

const fileCache = new Map<string, string[]>()

export function fileLines(filepath: string): string[] {
  let lines = fileCache.get(filepath)
  if (!lines) {
    lines = readFileSync(filepath, 'utf8').split(/\r?\n/)
    fileCache.set(filepath, lines)
  }
  return lines
}

export function projectPath(filepath: string): string {
  return relative(projectRoot, filepath)
}

/** 0-based line of the `<!--` that opens the last comment in [from, to), or -1. */
export function lastCommentLine(lines: string[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (lines[i].includes('<!--')) return i
  }
  return -1
}

export async function buildDeckView(file: string): Promise<DeckView> {
  fileCache.clear()
  const data = await loadDeck(file)
  const headmatter = withSharedHeadmatter({ ...data.headmatter })
  const slides: SlideView[] = data.slides.map((info, index) => {
    const source = info.source
    const lines = fileLines(source.filepath)
    const frontmatter = index === 0 ? withSharedHeadmatter({ ...info.frontmatter }) : info.frontmatter
    const note = source.note?.trim() ? source.note : undefined
    return {
      no: index + 1,
      info,
      filepath: source.filepath,
      file: projectPath(source.filepath),
      fileLines: lines,
      start: source.start,
      contentStart: source.contentStart,
      end: source.end,
      frontmatter,
      layout: String(frontmatter.layout ?? (index === 0 ? 'cover' : 'default')),
      note,
      noteLine: note === undefined ? -1 : lastCommentLine(lines, source.contentStart, source.end),
    }
  })
  return { id: basename(file, '.md'), file, data, headmatter, slides }
}
