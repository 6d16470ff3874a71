// Speaker notes for the apostila: each visible slide's note, rendered from Markdown to HTML with
// Slidev's own renderer (markdown-exit), its `[click]` markers turned into numbered step labels.
import { createMarkdownExit } from 'markdown-exit'
import { loadDeck } from '#scripts/site/decks'

const md = createMarkdownExit({ html: true, linkify: true, typographer: false })

export interface SlideNote {
  /** 1-based position among the slides the built deck shows. */
  no: number
  /** The slide's first heading, as plain text ('' when it has none). */
  title: string
  /** The note's Markdown source ('' when the slide has no note). */
  note: string
}

const CLICK_MARKER = /\[click(?::(\d+))?\]/gi

/** Note Markdown → HTML; `[click]`/`[click:N]` become "clique N" labels counted as Slidev counts them. */
export function renderNote(note: string): string {
  let clicks = 0
  const marked = note.replace(CLICK_MARKER, (_, count = '1') => {
    clicks += Number(count)
    return `<span class="click-step">clique ${clicks}</span>`
  })
  return md.render(marked).trim()
}

/** Inline Markdown of a heading → plain text (`**Docker** \`run\`` → `Docker run`). */
export function plainTitle(title: string): string {
  return md.renderInline(title).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').trim()
}

/** Every slide the built deck shows (hidden and disabled ones left out), with its note. */
export async function deckNotes(file: string): Promise<SlideNote[]> {
  const data = await loadDeck(file)
  return data.slides
    .filter(slide => !slide.frontmatter.disabled && !slide.frontmatter.hide)
    .map((slide, index) => ({ no: index + 1, title: plainTitle(slide.title ?? ''), note: (slide.note ?? '').trim() }))
}
