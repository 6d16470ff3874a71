// The text the components put on screen, line for line, for the prose rules: a .vue file's
// template text (tags, bindings and <code> blanked), and a data module's string literals (the
// values of code-like keys such as `command` left out). Everything else is blanked.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { projectPath } from './deck-view'
import { blank, proseOf } from './markdown'

/** Keys whose values are commands, paths or identifiers, not sentences. */
const CODE_KEYS = /^(id|key|command|cmd|code|inspect|origin|iface|flag|flags|path|file|files|icon|chain|table|proto|to|src|dst|value|unit|kind|direction|changed)$/

/** A .vue file's visible template text, same line count as the file. */
export function templateProse(source: string): string[] {
  const lines = source.split(/\r?\n/)
  const open = lines.findIndex(l => /^<template\b/.test(l))
  const close = lines.findLastIndex(l => /^<\/template>/.test(l))
  if (open < 0 || close < open) return lines.map(l => ' '.repeat(l.length))
  let text = lines.map((l, i) => (i > open && i < close ? l : ' '.repeat(l.length))).join('\n')
  // Attribute values first: a binding such as `:class="{ x: i >= step }"` holds a `>`.
  text = blank(text, /\s[:@#]?[\w.:-]+="[^"]*"/g)
  text = blank(text, /<code\b[^>]*>[\s\S]*?<\/code>/gi)
  return proseOf(text.split('\n'))
}

function keyOf(node: ts.Node): string | undefined {
  let parent = node.parent
  while (parent && (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isBinaryExpression(parent) || ts.isConditionalExpression(parent))) parent = parent.parent
  if (parent && ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))) return parent.name.text
  return undefined
}

/** A data module's string literals (their text, at their place), same line count as the file. */
export function stringProse(source: string, fileName = 'module.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const out: string[] = source.split('').map(ch => (ch === '\n' || ch === '\r' ? ch : ' '))
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
    // Markup (the icons' SVG paths) is not prose either.
    const markup = literal && node.getText(file).slice(1).trimStart().startsWith('<')
    if (literal && !markup && !CODE_KEYS.test(keyOf(node) ?? '') && !(node.parent && ts.isElementAccessExpression(node.parent))) {
      const start = node.getStart(file) + 1
      const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1)
      for (let i = start; i < end; i++) if (source[i] !== '\n' && source[i] !== '\r') out[i] = source[i]
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out.join('').split(/\r?\n/)
}

export interface SourceProse { file: string, lines: string[] }

/** Every component's template text and every data module's strings under `root`, with project-relative paths. */
export function componentSources(root: string): SourceProse[] {
  const list = (dir: string, ext: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)) : []).filter(f => f.endsWith(ext) && !f.includes('.test.')).sort().map(f => join(root, dir, f))
  return [
    ...list('components', '.vue').map(path => ({ file: projectPath(path), lines: templateProse(readFileSync(path, 'utf8')) })),
    ...list('client/figures', '.ts').map(path => ({ file: projectPath(path), lines: stringProse(readFileSync(path, 'utf8'), path) })),
  ]
}
