// The lecturer's secret and the presenter session cookie.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { parseCookie, stringifySetCookie } from 'cookie'

export const SESSION_COOKIE = 'dd_sessao'
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/** Constant-time: both sides are hashed to 32 bytes first, so neither length nor content leaks. */
export function passwordMatches(secret: string, given: string): boolean {
  return timingSafeEqual(digest(secret), digest(given))
}

// No 0/o, 1/l/i: the secret is read off a terminal and typed on a phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A secret like `k7mp-2xqa-9dnt` (≈ 64 bits). */
export function generateSecret(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return [group(), group(), group()].join('-')
}

export const newSessionId = () => randomBytes(32).toString('base64url')

export function sessionFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined
  const value = parseCookie(header)[SESSION_COOKIE]
  return value && /^[\w-]{20,100}$/.test(value) ? value : undefined
}

export function sessionCookie(id: string, secure: boolean): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: id, httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: SESSION_TTL_MS / 1000 })
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: '', httpOnly: true, sameSite: 'strict', path: '/', secure, maxAge: 0 })
}
