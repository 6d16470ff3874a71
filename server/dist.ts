// What the live server serves: the built dist/, each deck twice (with notes for the presenter,
// without for the students), and which paths only the presenter's session may open.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface DeckDirs {
  id: string
  /** dist/aula-N: the build with notes (or notes-free when built with NOTES=off). */
  presenterDir: string
  /** dist/alunos/aula-N, or dist/aula-N when that build carries neither notes nor answers. */
  studentDir: string
}

export interface DistLayout {
  root: string
  decks: DeckDirs[]
}

const DECK_DIR = /^aula-\d+$/
const hasIndex = (dir: string) => existsSync(join(dir, 'index.html'))

/** Slidev writes each slide's notes into its JS chunks as `noteHTML:`<p>…``; --without-notes leaves them empty. */
const NON_EMPTY_NOTE = /noteHTML:\s*(`[^`]|"[^"]|'[^'])/

/**
 * A question compiled with its answer, as the static site's self-check needs it: Slidev writes the
 * <Pergunta> props as `…,correct:[0],explanation:`…``; the students' build (DD_QUIZ_ANSWERS=off) has neither.
 */
const ANSWER_PROP = /[{,]correct:\[\d/

const someChunk = (dir: string, pattern: RegExp) => {
  const assets = join(dir, 'assets')
  if (!existsSync(assets)) return false
  return readdirSync(assets).some(name => name.endsWith('.js') && pattern.test(readFileSync(join(assets, name), 'utf8')))
}

export const buildHasNotes = (dir: string): boolean => someChunk(dir, NON_EMPTY_NOTE)
export const buildHasAnswers = (dir: string): boolean => someChunk(dir, ANSWER_PROP)

/**
 * The decks as built (the server serves what dist/ holds; slides/ may not even be there, as in the
 * container image). Throws with a Portuguese message when there is nothing to serve, or when a deck
 * would show its notes, or its questions' answers, to the students.
 */
export function readDist(root: string): DistLayout {
  if (!hasIndex(root)) throw new Error(`Não encontrei o site construído em ${root}. Rode \`npm run build\` primeiro.`)
  const ids = readdirSync(root)
    .filter(name => DECK_DIR.test(name) && statSync(join(root, name)).isDirectory() && hasIndex(join(root, name)))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)))
  if (ids.length === 0) throw new Error(`${root} não tem nenhuma aula construída (aula-N/index.html). Rode \`npm run build\`.`)
  const decks = ids.map((id) => {
    const presenterDir = join(root, id)
    const students = join(root, 'alunos', id)
    if (hasIndex(students)) {
      if (buildHasNotes(students)) throw new Error(`${id}: a versão dos alunos (dist/alunos/${id}) contém notas do apresentador. Rode \`npm run build\` de novo.`)
      return { id, presenterDir, studentDir: students }
    }
    if (buildHasNotes(presenterDir)) {
      throw new Error(`${id}: falta a versão dos alunos (dist/alunos/${id}) e a versão do apresentador tem as notas. `
        + 'Rode `npm run build` de novo (ou `NOTES=off npm run build` para um site sem notas).')
    }
    // NOTES=off builds the static site, whose self-check carries each question's answer: served to a
    // live class, the phones would hold the answers before the reveal.
    if (buildHasAnswers(presenterDir)) {
      throw new Error(`${id}: falta a versão dos alunos (dist/alunos/${id}) e dist/${id} traz as respostas das perguntas `
        + '(a autoavaliação do site estático, como o `NOTES=off` constrói). Para a aula ao vivo, rode `npm run build` sem `NOTES=off`.')
    }
    return { id, presenterDir, studentDir: presenterDir }
  })
  return { root, decks }
}

/** Paths only the presenter's session may open (anyone else is sent to /entrar). */
export function isPresenterOnly(pathname: string): boolean {
  return /^\/aula-\d+\/(presenter|notes|notes-edit|controle)(\/|$)/.test(pathname)
    || /^\/alunos(\/|$)/.test(pathname)
    // Both apostilas: the lecturer's (aula-N-apostila.pdf) and the student's (…-apostila-aluno.pdf) come from the notes.
    || /^\/pdf\/[^/]*-apostila(?:-aluno)?\.pdf$/.test(pathname)
    || /^\/__apostila(\/|$)/.test(pathname)
    || /^\/__resultados(\/|$)/.test(pathname)
}
