// Same-origin check for the login form and the Socket.IO handshake (WebSocket and polling alike).
// Browsers send Origin on WebSocket upgrades and cross-origin requests, but not always on a
// same-origin GET (polling), so a missing Origin is allowed; a present one must name this host.
import type { IncomingMessage } from 'node:http'

export function isForeignOrigin(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = req.headers.origin
  if (origin === undefined) return false
  try {
    return new URL(origin).host !== req.headers.host
  }
  catch {
    return true
  }
}
