// The HTML documents the live server sends: each gets the `dd-live` meta, so the deck client knows
// a live server is there (a static host serves the same files without it, and the client stays off).
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'
import { deviceCookieIfMissing } from './quiz/device'

export const LIVE_META = '<meta name="dd-live" content="1">'

export function injectLiveMeta(html: string): string {
  if (html.includes('name="dd-live"')) return html
  const head = /<head[^>]*>/i.exec(html)
  if (!head) return LIVE_META + html
  const at = head.index + head[0].length
  return html.slice(0, at) + LIVE_META + html.slice(at)
}

interface Prepared { mtimeMs: number, identity: Buffer, gzip: Buffer, br: Buffer }
const prepared = new Map<string, Prepared>()

async function prepare(file: string): Promise<Prepared> {
  const { mtimeMs } = await stat(file)
  const known = prepared.get(file)
  if (known && known.mtimeMs === mtimeMs) return known
  const identity = Buffer.from(injectLiveMeta(await readFile(file, 'utf8')))
  const made = {
    mtimeMs,
    identity,
    gzip: gzipSync(identity),
    br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }),
  }
  prepared.set(file, made)
  return made
}

/**
 * Sends an HTML file (meta injected, compressed as the client accepts), never cached without asking,
 * with the anonymous device cookie of the live questions when the browser has none yet.
 */
export async function sendHtml(req: IncomingMessage, res: ServerResponse, file: string, status = 200): Promise<void> {
  const doc = await prepare(file)
  const accepts = String(req.headers['accept-encoding'] ?? '')
  const device = deviceCookieIfMissing(req)
  const [encoding, body] = /\bbr\b/.test(accepts) ? ['br', doc.br] : /\bgzip\b/.test(accepts) ? ['gzip', doc.gzip] : [undefined, doc.identity]
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'no-cache',
    'vary': 'Cookie, Accept-Encoding',
    'x-content-type-options': 'nosniff',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...(device ? { 'set-cookie': device.header } : {}),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
