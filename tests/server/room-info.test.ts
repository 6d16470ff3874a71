// The presenter's room panel data (GET /__sala/<aula>) and the remote's page behind the login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRoomInfoRoute } from '#server/room-info'
import { login, startTestServer, type TestServer } from '../support/live'

let server: TestServer
let cookie: string
beforeAll(async () => {
  server = await startTestServer()
  cookie = await login(server.url)
})
afterAll(() => server?.close())

describe('room panel data', () => {
  it('gives the presenter the students\' address of the deck', async () => {
    const res = await fetch(`${server.url}/__sala/aula-1`, { headers: { cookie } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ alunos: [`http://127.0.0.1:${server.port}/aula-1/`] })
  })

  it('refuses anyone without the presenter session, and unknown decks', async () => {
    expect((await fetch(`${server.url}/__sala/aula-1`)).status).toBe(403)
    expect((await fetch(`${server.url}/__sala/aula-99`, { headers: { cookie } })).status).toBe(404)
  })

  it('lists every LAN address when listening on the network', async () => {
    const route = createRoomInfoRoute({ decks: new Set(['aula-2']), lan: true, port: () => 4173, isPresenter: async () => true, addresses: () => ['10.0.0.5', '192.168.1.20'] })
    let body = ''
    const res = { writeHead: () => res, end: (text: string) => (body = text) }
    const handled = await route({ url: '/__sala/aula-2', method: 'GET', headers: {} } as never, res as never)
    expect(handled).toBe(true)
    expect(JSON.parse(body)).toEqual({ alunos: ['http://10.0.0.5:4173/aula-2/', 'http://192.168.1.20:4173/aula-2/'] })
  })
})

describe('the phone remote page', () => {
  it('sends a visitor without the session to /entrar, and serves the presenter', async () => {
    const anonymous = await fetch(`${server.url}/aula-1/controle/`, { redirect: 'manual' })
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe('/entrar?voltar=%2Faula-1%2Fcontrole%2F')
    const presenter = await fetch(`${server.url}/aula-1/controle/`, { headers: { cookie }, redirect: 'manual' })
    expect(presenter.status).toBe(200)
    expect(await presenter.text()).toContain('name="dd-live"')
  })
})
