// Shapes shared by the deck linter: a problem found, and the view of a deck every rule reads.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { SlideInfo } from '@slidev/types'

export interface Problem {
  /** Path relative to the project root (`slides/aula-3.md`). */
  file: string
  /** 1-based line in that file. */
  line: number
  message: string
}

/** One slide as the rules see it: where it lives and what it says. */
export interface SlideView {
  /** 1-based position in the presentation (what the URL shows: /aula-3/7). */
  no: number
  info: SlideInfo
  /** Absolute path of the file the slide's text comes from (a part file for `src:` imports). */
  filepath: string
  /** Project-relative path of that file, for messages. */
  file: string
  /** Every line of that file. */
  fileLines: string[]
  /** 0-based line of the slide's first line (its `---` when it has frontmatter). */
  start: number
  /** 0-based line where the content starts (after the frontmatter). */
  contentStart: number
  /** 0-based line after the slide's last line. */
  end: number
  /** Frontmatter after `src:` overrides and the shared course defaults (for the first slide). */
  frontmatter: Record<string, any>
  layout: string
  /** Speaker notes (the last HTML comment), undefined when absent. */
  note?: string
  /** 0-based line of the notes' `<!--`, or -1. */
  noteLine: number
}

export interface DeckView {
  /** `aula-3` */
  id: string
  file: string
  data: LoadedSlidevData
  /** Headmatter with the shared defaults of client/course.ts merged in. */
  headmatter: Record<string, any>
  slides: SlideView[]
}

/** A problem on a slide, at a 0-based line of the slide's file; names deck and slide at the end. */
export function slideProblem(deck: DeckView, slide: SlideView, line: number, message: string): Problem {
  return { file: slide.file, line: line + 1, message: `${message} (${deck.id}, slide ${slide.no})` }
}
