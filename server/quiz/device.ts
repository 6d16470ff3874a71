// The anonymous device id: 128 random bits in the `dd_aparelho` cookie, set by the live server on
// HTML responses and on the Socket.IO handshake when missing. It tells one phone's answers from
// another's (one per round), never who holds the phone; the store keeps only its hash.
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { parseCookie, stringifySetCookie } from 'cookie'
import { DEVICE_COOKIE } from './protocol'

const ONE_YEAR_S = 365 * 24 * 60 * 60

export const newDeviceId = () => randomBytes(16).toString('base64url')

/** The device id of a Cookie header, when it is one the server could have made. */
export function deviceFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined
  const value = parseCookie(header)[DEVICE_COOKIE]
  return value && /^[\w-]{22}$/.test(value) ? value : undefined
}

export function deviceCookie(id: string, secure: boolean): string {
  return stringifySetCookie({ name: DEVICE_COOKIE, value: id, httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: ONE_YEAR_S })
}

const isSecure = (req: IncomingMessage) => req.headers['x-forwarded-proto'] === 'https' || 'encrypted' in req.socket

/** A Set-Cookie value with a new device id when the request has none (else undefined). */
export function deviceCookieIfMissing(req: IncomingMessage): { id: string, header: string } | undefined {
  if (deviceFromCookieHeader(req.headers.cookie)) return undefined
  const id = newDeviceId()
  return { id, header: deviceCookie(id, isSecure(req)) }
}

/** What the store keeps instead of the id: a copy of the database holds no usable cookie. */
export const deviceKey = (id: string) => createHash('sha256').update(`aparelho:${id}`).digest('base64url')
