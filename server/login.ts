// GET/POST /entrar and POST /sair: the presenter's secret, checked on the server, turned into an
// HttpOnly session cookie whose id lives in the store (so every live process knows it).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { clearedSessionCookie, newSessionId, passwordMatches, SESSION_TTL_MS, sessionCookie, sessionFromCookieHeader } from './auth'
import type { Counters } from './counters'
import { renderLoginPage } from './login-page'
import { isForeignOrigin } from './origin'
import type { Store } from './store/store'
import type { Throttle } from './throttle'

export interface LoginOptions {
  secret: string
  store: Store
  throttle: Throttle
  counters: Counters
  /** Called after a logout, so the session's open sockets lose the presenter role. */
  onLogout: (sessionId: string) => void
  /** The clock of the throttle and the session expiry (tests set it). */
  now?: () => number
}

const MAX_BODY = 4096

/** Where to go after logging in: a path on this site, never another site (`//x`, `/\x`). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith('/') || /^\/[/\\]/.test(value)) return '/'
  return value
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        resolve(undefined)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const isSecure = (req: IncomingMessage) => req.headers['x-forwarded-proto'] === 'https' || 'encrypted' in req.socket

function page(res: ServerResponse, status: number, voltar: string, message?: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    ...extra,
  }).end(renderLoginPage({ voltar, message }))
}

/** Handles the request when it is a login route; returns false to let the site serve it. */
export function createLoginRoutes({ secret, store, throttle, counters, onLogout, now: clock = Date.now }: LoginOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/entrar' && (req.method === 'GET' || req.method === 'HEAD')) {
      page(res, 200, safeReturnPath(url.searchParams.get('voltar')))
      return true
    }
    if (url.pathname === '/entrar' && req.method === 'POST') {
      await login(req, res)
      return true
    }
    if (url.pathname === '/sair' && req.method === 'POST') {
      if (isForeignOrigin(req)) {
        counters.count('origin')
        res.writeHead(403).end()
        return true
      }
      const id = sessionFromCookieHeader(req.headers.cookie)
      if (id) {
        await store.deleteSession(id)
        onLogout(id)
      }
      res.writeHead(303, { 'location': '/', 'set-cookie': clearedSessionCookie(isSecure(req)) }).end()
      return true
    }
    return false
  }

  async function login(req: IncomingMessage, res: ServerResponse) {
    if (isForeignOrigin(req)) {
      counters.count('origin')
      res.writeHead(403).end()
      return
    }
    const body = await readBody(req)
    if (body === undefined) {
      counters.count('oversized')
      res.writeHead(413, { connection: 'close' }).end()
      return
    }
    const form = new URLSearchParams(body)
    const voltar = safeReturnPath(form.get('voltar'))
    const address = req.socket.remoteAddress ?? 'desconhecido'
    const now = clock()
    const wait = throttle.waitFor(address, now)
    if (wait > 0) {
      counters.count('throttled')
      const seconds = Math.ceil(wait / 1000)
      page(res, 429, voltar, `Muitas tentativas erradas. Tente de novo em ${seconds} s.`, { 'retry-after': String(seconds) })
      return
    }
    if (!passwordMatches(secret, form.get('senha') ?? '')) {
      throttle.fail(address, now)
      counters.count('wrongPassword')
      page(res, 401, voltar, 'Senha incorreta.')
      return
    }
    throttle.succeed(address)
    const id = newSessionId()
    await store.createSession(id, now + SESSION_TTL_MS)
    res.writeHead(303, { 'location': voltar, 'set-cookie': sessionCookie(id, isSecure(req)), 'cache-control': 'no-store' }).end()
  }
}
