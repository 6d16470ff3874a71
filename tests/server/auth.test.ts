// The secret, the session cookie and the wrong-password throttle as plain functions, then the
// throttle through the real /entrar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSecret, passwordMatches, sessionFromCookieHeader } from '#server/auth'
import { parseRefusalLine } from '#server/counters'
import { createThrottle, delayAfter, DEFAULT_THROTTLE } from '#server/throttle'
import { PASSWORD, startTestServer, until, type TestServer } from '../support/live'

describe('secret and session', () => {
  it('compares the password exactly', () => {
    expect(passwordMatches('abc', 'abc')).toBe(true)
    expect(passwordMatches('abc', 'abd')).toBe(false)
    expect(passwordMatches('abc', 'abcd')).toBe(false)
    expect(passwordMatches('abc', '')).toBe(false)
  })

  it('generates readable secrets without look-alike characters', () => {
    const secrets = new Set(Array.from({ length: 50 }, generateSecret))
    expect(secrets.size).toBe(50)
    for (const s of secrets) expect(s).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/)
  })

  it('reads the session id only from the dd_sessao cookie, and only when well-formed', () => {
    const id = 'a'.repeat(43)
    expect(sessionFromCookieHeader(`x=1; dd_sessao=${id}; y=2`)).toBe(id)
    expect(sessionFromCookieHeader('dd_sessao=curto')).toBeUndefined()
    expect(sessionFromCookieHeader(`outro=${id}`)).toBeUndefined()
    expect(sessionFromCookieHeader(undefined)).toBeUndefined()
  })
})

describe('throttle', () => {
  const options = { ...DEFAULT_THROTTLE, freeTries: 3, baseDelayMs: 1000, maxDelayMs: 8000, maxEntries: 2 }

  it('allows a few wrong tries, then doubles the wait up to a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(n => delayAfter(n, options))).toEqual([0, 0, 1000, 2000, 4000, 8000, 8000])
  })

  it('blocks an address until its wait is over, per address, and forgets it on success', () => {
    const t = createThrottle(options)
    for (let i = 0; i < 3; i++) t.fail('a', 0)
    expect(t.waitFor('a', 0)).toBe(1000)
    expect(t.waitFor('a', 999)).toBe(1)
    expect(t.waitFor('a', 1000)).toBe(0)
    expect(t.waitFor('b', 0)).toBe(0)
    t.succeed('a')
    expect(t.waitFor('a', 0)).toBe(0)
  })

  it('remembers a bounded number of addresses', () => {
    const t = createThrottle({ ...options, freeTries: 0 })
    for (const a of ['a', 'b', 'c']) t.fail(a, 0)
    expect(t.waitFor('a', 0)).toBe(0)
    expect(t.waitFor('c', 0)).toBeGreaterThan(0)
  })
})

describe('50 wrong passwords through /entrar', () => {
  let server: TestServer
  // The login's clock stands still while the 50 tries go in, however slow the machine is.
  let clock = Date.now()
  beforeAll(async () => {
    server = await startTestServer({ throttle: { freeTries: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, maxEntries: 100 }, now: () => clock })
  })
  afterAll(() => server.close())

  const post = (senha: string) => fetch(`${server.url}/entrar`, { method: 'POST', body: new URLSearchParams({ senha, voltar: '/' }), redirect: 'manual' })

  it('are slowed down and counted; the right password works again after the wait', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 50; i++) statuses.push((await post(`errada-${i}`)).status)
    // Three wrong tries are checked; then the address must wait, and every early try is refused unchecked.
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401])
    expect(statuses.slice(3).every(s => s === 429)).toBe(true)
    const blocked = await post(PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('60')
    expect(await blocked.text()).toContain('Muitas tentativas erradas. Tente de novo em 60 s.')
    clock += 59_000
    expect((await post(PASSWORD)).status).toBe(429)
    clock += 1_000
    expect((await post(PASSWORD)).status).toBe(303)
    await until(() => parseRefusalLine(server.logs.join('\n'))?.['senha-bloqueada'] === 49, 3000, 'linha com as recusas')
    expect(parseRefusalLine(server.logs.join('\n'))).toMatchObject({ 'senha-errada': 3, 'senha-bloqueada': 49 })
  })
})
