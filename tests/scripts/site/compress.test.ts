import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { compressDir, MIN_BYTES } from '#scripts/site/compress'

const dir = mkdtempSync(join(tmpdir(), 'compress-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('compressDir', () => {
  const js = `export const steps = [${Array.from({ length: 400 }, (_, i) => `'passo ${i}'`).join(', ')}]\n`
  mkdirSync(join(dir, 'aula-1', 'assets'), { recursive: true })
  writeFileSync(join(dir, 'aula-1', 'assets', 'index-abc.js'), js)
  writeFileSync(join(dir, 'tiny.css'), 'a{color:red}')
  writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4 * MIN_BYTES, 7))

  it('writes .br and .gz beside a text file, each decoding to the original', async () => {
    const done = await compressDir(dir)
    const file = join(dir, 'aula-1', 'assets', 'index-abc.js')
    expect(done.map(f => f.file)).toEqual([file])
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(js)
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(js)
    expect(done[0].br).toBeLessThan(done[0].bytes / 4)
  })

  it('skips tiny files and formats that are compressed already', () => {
    expect(existsSync(join(dir, 'tiny.css.br'))).toBe(false)
    expect(existsSync(join(dir, 'font.woff2.br'))).toBe(false)
    expect(existsSync(join(dir, 'font.woff2.gz'))).toBe(false)
  })
})
