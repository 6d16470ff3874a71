// A diagram cache in memory, for the tests of the Mermaid pipeline (the build uses the disk cache).
import type { RenderCache } from '#scripts/mermaid/cache'
import type { RawRender } from '#scripts/mermaid/render'

export function memoryCache(): RenderCache & { entries: Map<string, RawRender> } {
  const entries = new Map<string, RawRender>()
  return { entries, get: key => entries.get(key), set: (key, value) => void entries.set(key, value) }
}
