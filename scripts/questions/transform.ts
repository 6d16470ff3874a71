// The Slidev code-block transformer: a ```pergunta fence becomes <Pergunta …/> (components/
// Pergunta.vue). The students' build (DD_QUIZ_ANSWERS=off, scripts/cli/build.ts) gets neither
// `correct` nor `explanation`: they reach a student only in quiz:state, once revealed.
// A broken question stops the build with its file and line (the lint reports it first).
import { relative } from 'node:path'
import { escapeHtml } from '@vue/shared'
import { projectRoot } from '#scripts/site/decks'
import { parseQuestionYaml, QUESTION_LANG, type AuthoredQuestion } from './parse'

export const ANSWERS_ENV = 'DD_QUIZ_ANSWERS'

export interface QuestionSlide {
  index: number
  source: { filepath: string, raw: string, start: number }
}

/** The component tag for a question; answers left out when `answers` is false. */
export function questionTag(q: AuthoredQuestion, slide: number, answers: boolean): string {
  const attr = (name: string, value: unknown) => ` :${name}="${escapeHtml(JSON.stringify(value))}"`
  return `<Pergunta id="${escapeHtml(q.id)}"${attr('slide', slide)} prompt="${escapeHtml(q.prompt)}"${attr('options', q.options)}${attr('multiple', q.correct.length > 1)}`
    + (answers ? `${attr('correct', q.correct)} explanation="${escapeHtml(q.explanation)}"` : '')
    + ' />'
}

/** `slides/aula-1.md:42` of the fence's first YAML line, for messages. */
function where(slide: QuestionSlide | null, code: string, line: number): string {
  if (!slide) return `bloco pergunta, linha ${line + 1}`
  const file = relative(projectRoot, slide.source.filepath)
  const at = slide.source.raw.indexOf(code.split('\n')[0])
  const first = slide.source.start + 1 + (at < 0 ? 0 : (slide.source.raw.slice(0, at).match(/\n/g)?.length ?? 0))
  return `${file.startsWith('..') ? slide.source.filepath : file}:${first + Math.max(line, 0)} (slide ${slide.index + 1})`
}

export function questionCodeblock(env: NodeJS.ProcessEnv = process.env) {
  return (ctx: { info: string, code: string, slide: QuestionSlide | null }): string | undefined => {
    if (ctx.info.trim().split(/\s/)[0] !== QUESTION_LANG) return undefined
    const parsed = parseQuestionYaml(ctx.code)
    if (!parsed.question) {
      const problem = parsed.problems[0]
      throw new Error(`${where(ctx.slide, ctx.code, problem?.line ?? 0)}: ${problem?.message ?? 'pergunta inválida'}`)
    }
    return questionTag(parsed.question, (ctx.slide?.index ?? 0) + 1, env[ANSWERS_ENV] !== 'off')
  }
}
