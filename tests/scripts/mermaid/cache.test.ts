import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cached, diagramKey, diskCache } from '#scripts/mermaid/cache'
import { memoryCache } from '../../support/memory-cache'

const render = { light: '<svg id="a"/>', dark: '<svg id="a-dark"/>', labels: ['A'] }
const dirs: string[] = []
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'dd-mermaid-cache-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('diagramKey', () => {
  it('changes with the source, the mermaid version and the theme, not with surrounding blank lines', () => {
    const key = diagramKey('graph LR\n  A --> B', '12.3.0', { light: 1 })
    expect(diagramKey('\ngraph LR\n  A --> B\n', '12.3.0', { light: 1 })).toBe(key)
    expect(diagramKey('graph LR\n  A --> C', '12.3.0', { light: 1 })).not.toBe(key)
    expect(diagramKey('graph LR\n  A --> B', '12.4.0', { light: 1 })).not.toBe(key)
    expect(diagramKey('graph LR\n  A --> B', '12.3.0', { light: 2 })).not.toBe(key)
  })
})

describe('diskCache', () => {
  it('reads back what it stored, from a new instance too, and leaves no temp file', () => {
    const dir = tempDir()
    diskCache(dir).set('k1', render)
    expect(diskCache(dir).get('k1')).toEqual(render)
    expect(diskCache(dir).get('other')).toBeUndefined()
    expect(readdirSync(dir)).toEqual(['k1.json'])
  })

  it('treats a damaged entry as a miss', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'bad.json'), '{"light": 1')
    writeFileSync(join(dir, 'odd.json'), '{"light": 1}')
    expect(diskCache(dir).get('bad')).toBeUndefined()
    expect(diskCache(dir).get('odd')).toBeUndefined()
  })
})

describe('cached', () => {
  it('renders a diagram once; a hit does not call the renderer', async () => {
    const cache = memoryCache()
    const renderer = vi.fn(async () => render)
    const get = cached(cache, code => `key-${code}`, renderer)
    const first = await get('graph LR')
    const second = await get('graph LR')
    expect(renderer).toHaveBeenCalledTimes(1)
    expect(second).toEqual(first)
    expect(first.id).toBe('dd-mermaid-key-graph ')
    expect(cache.entries.get('key-graph LR')).toEqual(render)
  })

  it('shares one render between simultaneous requests for the same diagram', async () => {
    const renderer = vi.fn(async () => render)
    const get = cached(memoryCache(), code => code, renderer)
    await Promise.all([get('a'), get('a'), get('b')])
    expect(renderer).toHaveBeenCalledTimes(2)
  })

  it('does not cache a failure', async () => {
    const cache = memoryCache()
    const renderer = vi.fn().mockRejectedValueOnce(new Error('parse')).mockResolvedValueOnce(render)
    const get = cached(cache, code => code, renderer)
    await expect(get('a')).rejects.toThrow('parse')
    await expect(get('a')).resolves.toMatchObject({ result: render })
    expect(renderer).toHaveBeenCalledTimes(2)
  })

  it('survives the process: a disk hit does not render again', async () => {
    const dir = tempDir()
    const renderer = vi.fn(async () => render)
    await cached(diskCache(dir), () => 'same', renderer)('graph LR')
    await cached(diskCache(dir), () => 'same', renderer)('graph LR')
    expect(renderer).toHaveBeenCalledTimes(1)
  })
})
