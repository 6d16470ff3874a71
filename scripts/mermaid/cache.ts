// On-disk cache of rendered diagrams, keyed by a hash of everything that shapes the render:
// the source, the mermaid version and the theme configuration. An unchanged diagram is read
// back instead of starting a browser.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '#scripts/site/decks'
import type { RawRender } from './render'

/** Bump when the render step changes what it returns for the same input. */
export const RENDER_FORMAT = 1

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

export function diagramKey(code: string, mermaidVersion: string, themes: unknown): string {
  return hashOf({ format: RENDER_FORMAT, code: code.trim(), mermaidVersion, themes })
}

export interface RenderCache {
  get: (key: string) => RawRender | undefined
  set: (key: string, value: RawRender) => void
}

export function defaultCacheDir(env = process.env): string {
  return env.DD_MERMAID_CACHE ?? join(projectRoot, 'node_modules/.cache/dd-mermaid')
}

export function diskCache(dir = defaultCacheDir()): RenderCache {
  const file = (key: string) => join(dir, `${key}.json`)
  return {
    get(key) {
      try {
        const value = JSON.parse(readFileSync(file(key), 'utf8'))
        return typeof value?.light === 'string' && typeof value?.dark === 'string' ? value : undefined
      }
      catch {
        return undefined
      }
    },
    set(key, value) {
      mkdirSync(dir, { recursive: true })
      // Write then rename: decks built in parallel never read half a file.
      const tmp = `${file(key)}.${process.pid}.tmp`
      writeFileSync(tmp, JSON.stringify(value))
      renameSync(tmp, file(key))
    },
  }
}

/**
 * Wraps a renderer with the cache: a hit never calls `render`, and the same diagram asked for
 * twice at once (two slides, or two decks' transforms) is rendered once.
 */
export function cached(
  cache: RenderCache,
  keyOf: (code: string) => string,
  render: (id: string, code: string) => Promise<RawRender>,
): (code: string) => Promise<{ id: string, result: RawRender }> {
  const inFlight = new Map<string, Promise<RawRender>>()
  return async (code) => {
    const key = keyOf(code)
    const id = `dd-mermaid-${key.slice(0, 10)}`
    const hit = cache.get(key)
    if (hit) return { id, result: hit }
    let job = inFlight.get(key)
    if (!job) {
      job = render(id, code).then((result) => {
        cache.set(key, result)
        return result
      }).finally(() => inFlight.delete(key))
      inFlight.set(key, job)
    }
    return { id, result: await job }
  }
}
