import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compressDir } from '#scripts/site/compress'
import { createSiteServer, listen } from '#scripts/site/server'
import { rawGet } from '../../support/http'

const dir = mkdtempSync(join(tmpdir(), 'dist-handler-'))
const js = `console.log(${JSON.stringify('slide '.repeat(2000))})\n`
const server = createSiteServer(dir, { base: '/curso/' })
let origin = ''

beforeAll(async () => {
  mkdirSync(join(dir, 'aula-1', 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>início</title>')
  writeFileSync(join(dir, 'aula-1', 'index.html'), `<!doctype html><title>aula 1</title>${'<p>slide</p>'.repeat(200)}`)
  writeFileSync(join(dir, 'aula-1', 'assets', 'index-D4x9kQ2a.js'), js)
  await compressDir(dir)
  origin = await listen(server)
})
afterAll(() => {
  server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('createDistHandler', () => {
  const asset = '/curso/aula-1/assets/index-D4x9kQ2a.js'

  it('sends the .br copy to a browser that accepts brotli, .gz to one that accepts only gzip', async () => {
    const br = await rawGet(origin + asset, { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(br.body.length).toBe(readFileSync(join(dir, 'aula-1/assets/index-D4x9kQ2a.js.br')).length)
    expect(brotliDecompressSync(br.body).toString()).toBe(js)

    const gz = await rawGet(origin + asset, { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(js)

    const plain = await rawGet(origin + asset)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(js)
  })

  it('marks hashed assets immutable, pages not', async () => {
    expect((await rawGet(origin + asset)).headers['cache-control']).toContain('immutable')
    expect((await rawGet(`${origin}/curso/aula-1/`)).headers['cache-control']).toBeUndefined()
  })

  it('answers a deck deep link with the deck page, compressed too', async () => {
    for (const path of ['/curso/aula-1/7', '/curso/aula-1/presenter/7?clicks=2']) {
      const res = await rawGet(origin + path, { 'accept-encoding': 'br' })
      expect(res.status).toBe(200)
      expect(brotliDecompressSync(res.body).toString()).toContain('<title>aula 1</title>')
    }
  })

  it('redirects /aula-1 to /aula-1/ and paths outside the base to the base; 404 for a missing file', async () => {
    const deck = await rawGet(`${origin}/curso/aula-1?x=1`)
    expect([deck.status, deck.headers.location]).toEqual([301, '/curso/aula-1/?x=1'])
    const outside = await rawGet(`${origin}/outro`)
    expect([outside.status, outside.headers.location]).toEqual([302, '/curso/'])
    expect((await rawGet(`${origin}/curso/aula-1/assets/nao-existe.js`)).status).toBe(404)
    expect((await rawGet(`${origin}/curso/nao-existe.html`)).status).toBe(404)
    expect((await rawGet(`${origin}/curso/`)).body.toString()).toContain('início')
  })
})
