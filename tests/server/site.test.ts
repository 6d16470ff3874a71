// The live server's HTTP side against a tiny built site: students get the notes-free build,
// the presenter (after /entrar) the build with notes; deep links, the dd-live meta, the login form.
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { login, PASSWORD, startTestServer, type TestServer } from '../support/live'

let server: TestServer
let cookie: string
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
const SECRET_NOTE = 'Nota secreta do professor'

beforeAll(async () => {
  server = await startTestServer()
  cookie = await login(server.url)
})
afterAll(() => server.close())

describe('serving dist/ by role', () => {
  it('gives students the notes-free build of a deck, with the dd-live meta', async () => {
    const res = await get('/aula-1/')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('build dos alunos')
    expect(html).toMatch(/<head><meta name="dd-live" content="1">/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('vary')).toMatch(/Cookie/)
  })

  it('gives the presenter session the build with notes', async () => {
    const html = await (await get('/aula-1/', { cookie })).text()
    expect(html).toContain('build do apresentador')
    expect(await (await get('/aula-1/assets/app-presenter.js', { cookie })).text()).toContain(SECRET_NOTE)
  })

  it('answers deep links with the deck\'s index.html, and missing files with 404', async () => {
    expect(await (await get('/aula-1/7')).text()).toContain('build dos alunos')
    expect(await (await get('/aula-1/7?clicks=2')).text()).toContain('build dos alunos')
    expect((await get('/aula-1/assets/nada.js')).status).toBe(404)
    expect((await get('/aula-1')).headers.get('location')).toBe('/aula-1/')
  })

  it('serves the landing page and root files, and the 404 page with the meta', async () => {
    expect(await (await get('/')).text()).toContain('<meta name="dd-live" content="1">')
    expect((await get('/fonts/inter.css')).status).toBe(200)
    expect((await get('/pdf/aula-1.pdf')).status).toBe(200)
    const missing = await get('/nao-existe')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('dd-live')
  })

  it('falls back to dist/aula-N for students when that build has no notes (NOTES=off)', async () => {
    expect(await (await get('/aula-2/')).text()).toContain('build sem notas')
  })

  it('compresses HTML for clients that accept it', async () => {
    const res = await fetch(`${server.url}/aula-1/`, { headers: { 'accept-encoding': 'br' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(await res.text()).toContain('build dos alunos')
  })

  it('sends the build\'s precompressed copy of a file through the shared dist handler', async () => {
    const res = await fetch(`${server.url}/aula-1/assets/app-students.js`, { headers: { 'accept-encoding': 'br' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(await res.text()).toContain('O que é um contêiner')
  })

  it('refuses paths that climb out of dist/ (sent raw: fetch would normalise them)', async () => {
    const raw = (path: string) => new Promise<{ status: number, body: string }>((resolve, reject) => {
      request(`${server.url}/`, { path }, (res) => {
        let body = ''
        res.on('data', (chunk) => { body += chunk })
        res.on('end', () => resolve({ status: res.statusCode!, body }))
      }).on('error', reject).end()
    })
    // tests/fixtures/valid/aula-1.md sits next to the fixture site, outside it.
    for (const path of ['/../valid/aula-1.md', '/..%2fvalid%2faula-1.md', '/aula-2/..%2f..%2fvalid%2faula-1.md',
      '/aula-1/..%2f..%2f..%2fvalid%2faula-1.md', '/aula-1/%2e%2e%2f%2e%2e%2f%2e%2e%2fvalid/aula-1.md']) {
      const { status, body } = await raw(path)
      expect(body, path).not.toContain('Aula de teste')
      expect(status, path).not.toBe(200)
    }
  })
})

describe('presenter-only paths', () => {
  const gated = ['/aula-1/presenter/', '/aula-1/presenter/3', '/aula-1/notes', '/alunos/aula-1/', '/pdf/aula-1-apostila.pdf', '/pdf/aula-1-apostila-aluno.pdf', '/__apostila/aula-1', '/alunos/busca/indice.json']

  it('send anyone without the cookie to /entrar, keeping where they wanted to go', async () => {
    for (const path of gated) {
      const res = await get(path)
      expect(res.status, path).toBe(303)
      expect(res.headers.get('location'), path).toBe(`/entrar?voltar=${encodeURIComponent(path)}`)
    }
  })

  it('no URL without the cookie returns a note sentence', async () => {
    const paths = ['/', '/aula-1/', '/aula-1/assets/app-presenter.js', '/aula-1/assets/app-students.js', '/alunos/aula-1/assets/app-students.js',
      '/pdf/aula-1-apostila.pdf', '/pdf/aula-1-apostila-aluno.pdf', '/aula-1/presenter/', '/aula-2/', '/aula-2/assets/app.js', '/busca/indice.json']
    for (const path of paths) {
      const res = await fetch(`${server.url}${path}`)
      expect(await res.text(), path).not.toContain(SECRET_NOTE)
    }
  })

  it('give students the notes-free search index at the same address, the presenter the full one', async () => {
    const student = await get('/busca/indice.json')
    expect(student.status).toBe(200)
    expect(await student.text()).toContain('índice dos alunos')
    expect(await (await get('/busca/indice.json', { cookie })).text()).toContain(SECRET_NOTE)
  })

  it('never hand students the precompressed copies of the full index, asked for directly or by encoding', async () => {
    for (const path of ['/busca/indice.json.gz', '/busca/indice.json.br'])
      expect((await get(path)).status, path).toBe(404)
    const encoded = await get('/busca/indice.json', { 'accept-encoding': 'br, gzip' })
    expect(await encoded.text()).toContain('índice dos alunos')
  })

  it('are served with the cookie', async () => {
    expect((await get('/pdf/aula-1-apostila.pdf', { cookie })).status).toBe(200)
    expect((await get('/pdf/aula-1-apostila-aluno.pdf', { cookie })).status).toBe(200)
    expect(await (await get('/aula-1/presenter/3', { cookie })).text()).toContain('build do apresentador')
  })
})

describe('/entrar and /sair', () => {
  it('shows a Portuguese form whose password field is labelled "Senha"', async () => {
    const res = await get('/entrar?voltar=/aula-1/presenter/')
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('<label for="senha">Senha</label>')
    expect(html).toContain('<input id="senha" name="senha" type="password"')
    expect(html).toContain('value="/aula-1/presenter/"')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('sets an HttpOnly, SameSite=Strict session cookie and goes back where asked', async () => {
    const res = await fetch(`${server.url}/entrar`, {
      method: 'POST',
      body: new URLSearchParams({ senha: PASSWORD, voltar: '/aula-1/presenter/2' }),
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/aula-1/presenter/2')
    const set = res.headers.get('set-cookie')!
    expect(set).toMatch(/^dd_sessao=[\w-]{40,};/)
    expect(set).toMatch(/HttpOnly/)
    expect(set).toMatch(/SameSite=Strict/)
    expect(set).toMatch(/Path=\//)
  })

  it('never sends the browser to another site after login', async () => {
    for (const voltar of ['//exemplo.com/', 'https://exemplo.com/', '/\\exemplo.com']) {
      const res = await fetch(`${server.url}/entrar`, { method: 'POST', body: new URLSearchParams({ senha: PASSWORD, voltar }), redirect: 'manual' })
      expect(res.headers.get('location'), voltar).toBe('/')
    }
  })

  it('refuses a login posted from a foreign origin', async () => {
    const res = await fetch(`${server.url}/entrar`, {
      method: 'POST',
      headers: { origin: 'https://malicioso.exemplo' },
      body: new URLSearchParams({ senha: PASSWORD, voltar: '/' }),
      redirect: 'manual',
    })
    expect(res.status).toBe(403)
  })

  it('logs out: the cookie no longer opens presenter pages', async () => {
    const mine = await login(server.url)
    expect((await get('/aula-1/presenter/', { cookie: mine })).status).toBe(200)
    const out = await fetch(`${server.url}/sair`, { method: 'POST', headers: { cookie: mine }, redirect: 'manual' })
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    expect((await get('/aula-1/presenter/', { cookie: mine })).status).toBe(303)
  })

  it('ignores a made-up session id', async () => {
    expect((await get('/aula-1/presenter/', { cookie: 'dd_sessao=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(303)
  })
})
