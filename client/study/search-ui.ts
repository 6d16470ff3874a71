// The search box's behaviour, the same on the landing page and in the decks' dialog: loads the
// index on first use, shows the hits grouped by aula (slide title and snippet), arrow keys move
// between hits, Enter opens the first one.
import type MiniSearch from 'minisearch'
import { loadIndex, searchCourse, type Hit, type HitGroup, type SlideDoc } from './search-core'
import { INDEX_PATH } from './site'

export interface IndexFile {
  decks: Array<{ id: string, aula: number, title: string }>
  /** MiniSearch's JSON. */
  index: unknown
  notes: boolean
}

export interface SearchView {
  input: HTMLInputElement
  results: HTMLElement
  status: HTMLElement
}

let loading: Promise<{ index: MiniSearch<SlideDoc>, file: IndexFile }> | undefined

export function loadCourseIndex(base: string) {
  loading ??= fetch(`${base}${INDEX_PATH}`).then(async (res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    const file = await res.json() as IndexFile
    return { index: loadIndex(JSON.stringify(file.index)), file }
  })
  loading.catch(() => { loading = undefined })
  return loading
}

export function hitHref(base: string, hit: Pick<Hit, 'deck' | 'no'>): string {
  return `${base}${hit.deck}/${hit.no}`
}

/** The snippet as DOM: matched words in <mark>, overlapping ranges merged. */
function snippetNode(hit: Hit): DocumentFragment {
  const out = document.createDocumentFragment()
  let at = 0
  const merged: Array<[number, number]> = []
  for (const [a, b] of hit.marks) {
    const last = merged.at(-1)
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }
  for (const [a, b] of merged) {
    out.append(hit.snippet.slice(at, a))
    const mark = document.createElement('mark')
    mark.textContent = hit.snippet.slice(a, b)
    out.append(mark)
    at = b
  }
  out.append(hit.snippet.slice(at))
  return out
}

function renderGroups(base: string, groups: HitGroup[], titles: Map<string, string>, headingLevel: number): DocumentFragment {
  const out = document.createDocumentFragment()
  for (const group of groups) {
    const section = document.createElement('section')
    section.className = 'dd-s-group'
    const heading = document.createElement(`h${headingLevel}`)
    heading.textContent = `Aula ${group.aula}: ${titles.get(group.deck) ?? group.deck}`
    const list = document.createElement('ol')
    for (const hit of group.hits) {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.className = 'dd-s-hit'
      link.href = hitHref(base, hit)
      const title = document.createElement('span')
      title.className = 'dd-s-title'
      title.textContent = `Slide ${hit.no}: ${hit.title || 'sem título'}`
      const text = document.createElement('span')
      text.className = 'dd-s-snippet'
      if (hit.inNotes) {
        const tag = document.createElement('span')
        tag.className = 'dd-s-tag'
        tag.textContent = 'nas notas: '
        text.append(tag)
      }
      text.append(snippetNode(hit))
      link.append(title, text)
      item.append(link)
      list.append(item)
    }
    section.append(heading, list)
    out.append(section)
  }
  return out
}

/** Wires a search box; `headingLevel` is the level of each aula's heading among the results. */
export function attachSearch(view: SearchView, base: string, { headingLevel = 3 } = {}): void {
  let current = 0
  const run = async () => {
    const query = view.input.value
    const ticket = ++current
    if (!query.trim()) {
      view.results.replaceChildren()
      view.status.textContent = ''
      return
    }
    let loaded
    try {
      loaded = await loadCourseIndex(base)
    }
    catch {
      view.status.textContent = 'Não foi possível carregar o índice da busca.'
      return
    }
    if (ticket !== current) return
    const groups = searchCourse(loaded.index, query)
    const titles = new Map(loaded.file.decks.map(d => [d.id, d.title]))
    const count = groups.reduce((n, g) => n + g.hits.length, 0)
    view.status.textContent = count === 0
      ? `Nada encontrado para “${query.trim()}”.`
      : `${count} ${count === 1 ? 'slide encontrado' : 'slides encontrados'} em ${groups.length} ${groups.length === 1 ? 'aula' : 'aulas'}. Enter abre o primeiro.`
    view.results.replaceChildren(renderGroups(base, groups, titles, headingLevel))
  }
  view.input.addEventListener('input', () => void run())
  view.input.addEventListener('focus', () => void loadCourseIndex(base).catch(() => {}), { once: true })
  const hits = () => [...view.results.querySelectorAll<HTMLAnchorElement>('a.dd-s-hit')]
  view.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void run().then(() => hits()[0]?.click())
    }
    else if (event.key === 'ArrowDown') {
      event.preventDefault()
      hits()[0]?.focus()
    }
  })
  view.results.addEventListener('keydown', (event) => {
    const list = hits()
    const at = list.indexOf(document.activeElement as HTMLAnchorElement)
    if (at < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && at === 0) view.input.focus()
    else list[Math.min(list.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus()
  })
}

/** Styles of the results, shared by the landing page and the dialog (colours from CSS variables). */
export const RESULTS_CSS = `
.dd-s-group h2, .dd-s-group h3 { font-size: 1.05rem; margin: 1rem 0 .35rem; color: var(--dd-s-accent); }
.dd-s-group ol { list-style: none; margin: 0; padding: 0; display: grid; gap: .35rem; }
.dd-s-hit { display: block; padding: .5rem .7rem; border-radius: 8px; border: 1px solid var(--dd-s-border); color: var(--dd-s-text); text-decoration: none; }
.dd-s-hit:hover, .dd-s-hit:focus-visible { background: var(--dd-s-surface); border-color: var(--dd-s-accent); }
.dd-s-title { display: block; font-weight: 600; color: var(--dd-s-link); }
.dd-s-snippet { display: block; font-size: .92rem; color: var(--dd-s-text); }
.dd-s-snippet mark { background: var(--dd-s-mark); color: inherit; border-radius: 2px; padding: 0 .1em; }
.dd-s-tag { font-style: italic; color: var(--dd-s-muted); }
`
