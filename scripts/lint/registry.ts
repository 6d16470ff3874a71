// What a deck may name: components (Slidev built-ins, the project's components/, Vue's own,
// icon components of installed Iconify sets) and layouts (theme-default, Slidev's, layouts/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, extname, join } from 'node:path'
import { isHTMLTag, isMathMLTag, isSVGTag } from '@vue/shared'
import { distance } from 'fastest-levenshtein'
import { projectRoot } from '#scripts/site/decks'

const require = createRequire(import.meta.url)
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`, { paths: [projectRoot] }))

/** `container-vs-vm` / `containerVsVm` / `ContainerVsVm` → `ContainerVsVm`, as unplugin-vue-components names them. */
export function pascalCase(name: string): string {
  return name.split(/[-_]/).filter(Boolean).map(part => part[0].toUpperCase() + part.slice(1)).join('')
}

function filesIn(dir: string, extensions: string[], deep = true): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return deep ? filesIn(path, extensions) : []
    return extensions.includes(extname(name)) && !name.includes('.test.') ? [path] : []
  })
}

const COMPONENT_EXTENSIONS = ['.vue', '.ts', '.tsx', '.js', '.jsx', '.md']
const VUE_BUILTINS = ['component', 'slot', 'template', 'transition', 'transition-group', 'keep-alive', 'teleport', 'suspense']
  .map(pascalCase)
/** SVG/MathML elements with a hyphen, which look like components but are not. */
const HYPHENATED_ELEMENTS = new Set(['font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph', 'color-profile', 'annotation-xml'])

export interface Registry {
  /** PascalCase name → where it comes from (for messages). */
  components: Map<string, string>
  layouts: Map<string, string>
  iconSets: Map<string, Set<string>>
}

let cached: Registry | undefined

export function registry(root = projectRoot): Registry {
  if (cached && root === projectRoot) return cached
  const components = new Map<string, string>()
  for (const file of filesIn(join(packageDir('@slidev/client'), 'builtin'), COMPONENT_EXTENSIONS)) components.set(pascalCase(basename(file, extname(file))), 'Slidev')
  for (const file of filesIn(join(packageDir('@slidev/theme-default'), 'components'), COMPONENT_EXTENSIONS)) components.set(pascalCase(basename(file, extname(file))), 'theme-default')
  // components/ holds .vue files only (models and composables live in client/).
  for (const file of filesIn(join(root, 'components'), ['.vue'])) components.set(pascalCase(basename(file, extname(file))), 'components/')
  for (const name of VUE_BUILTINS) components.set(name, 'Vue')

  const layouts = new Map<string, string>()
  for (const file of filesIn(join(packageDir('@slidev/client'), 'layouts'), ['.vue'], false)) layouts.set(basename(file, '.vue'), 'Slidev')
  for (const file of filesIn(join(packageDir('@slidev/theme-default'), 'layouts'), ['.vue'], false)) layouts.set(basename(file, '.vue'), 'theme-default')
  for (const file of filesIn(join(root, 'layouts'), ['.vue'], false)) layouts.set(basename(file, '.vue'), 'layouts/')
  layouts.delete('404')
  layouts.delete('error')

  const iconSets = new Map<string, Set<string>>()
  const iconRoot = join(root, 'node_modules', '@iconify-json')
  if (existsSync(iconRoot)) {
    for (const set of readdirSync(iconRoot)) {
      const file = join(iconRoot, set, 'icons.json')
      if (!existsSync(file)) continue
      const json = JSON.parse(readFileSync(file, 'utf8')) as { icons?: Record<string, unknown>, aliases?: Record<string, unknown> }
      iconSets.set(set, new Set([...Object.keys(json.icons ?? {}), ...Object.keys(json.aliases ?? {})]))
    }
  }
  const result = { components, layouts, iconSets }
  if (root === projectRoot) cached = result
  return result
}

/** Whether a tag renders: an HTML/SVG/MathML element, a known component or an installed icon. */
export function isKnownTag(tag: string, reg = registry()): boolean {
  if (!/[A-Z]/.test(tag) && !tag.includes('-') && (isHTMLTag(tag) || isSVGTag(tag) || isMathMLTag(tag))) return true
  if (isSVGTag(tag) || HYPHENATED_ELEMENTS.has(tag)) return true
  if (reg.components.has(pascalCase(tag))) return true
  return isIcon(tag, reg)
}

/** `<carbon-arrow-right />` or `<i-carbon-arrow-right />` with the set installed and the icon in it. */
function isIcon(tag: string, reg: Registry): boolean {
  const name = tag.replace(/^i-/, '')
  for (const [set, icons] of reg.iconSets) {
    if (name.startsWith(`${set}-`) && icons.has(name.slice(set.length + 1))) return true
    if (name.startsWith(`${set}:`) && icons.has(name.slice(set.length + 1))) return true
  }
  return false
}

/** The closest name in `names` (edit distance ≤ 3 or a case-insensitive match), for "você quis dizer". */
export function closest(name: string, names: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of names) {
    if (candidate.toLowerCase() === name.toLowerCase()) return candidate
    const d = distance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.min(3, Math.floor(name.length / 3))) ? best : undefined
}
