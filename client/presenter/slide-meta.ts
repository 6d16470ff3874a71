// What the presenter page and the remote read from a Slidev route's meta: the slide's title, its
// notes (raw and rendered; empty in the students' build) and clicks settings. Slidev types
// `route.meta.slide` loosely, so it is read here, once, with a cast.
import type { SlideRoute } from '@slidev/types'

export interface SlideMeta {
  title: string
  note?: string
  noteHTML?: string
  clicksStart: number
  /** The frontmatter's `clicks` (a fixed number of steps), when set. */
  clicks?: number
}

interface RawMeta {
  clicks?: number
  slide?: { title?: string, note?: string, noteHTML?: string, frontmatter?: { clicksStart?: number } }
}

export function slideMeta(route: SlideRoute | undefined): SlideMeta {
  const meta = (route?.meta ?? {}) as RawMeta
  const slide = meta.slide ?? {}
  return {
    title: (slide.title ?? '').replace(/<[^>]+>/g, '').trim() || `Slide ${route?.no ?? ''}`.trim(),
    note: slide.note,
    noteHTML: slide.noteHTML,
    clicksStart: Number(slide.frontmatter?.clicksStart ?? 0),
    clicks: typeof meta.clicks === 'number' ? meta.clicks : undefined,
  }
}
