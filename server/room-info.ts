// GET /__sala/<aula-N>: what the presenter's room panel shows the class — the students' address
// (every LAN address when the server listens on the network, else the address the presenter used).
// Presenter session only; JSON, never cached.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { lanAddresses } from './banner'

export interface RoomInfo {
  /** The deck's address for students, first the one to put in the QR code. */
  alunos: string[]
}

export interface RoomInfoOptions {
  decks: ReadonlySet<string>
  /** Listening on every interface (`--host`). */
  lan: boolean
  port: () => number
  isPresenter: (req: IncomingMessage) => Promise<boolean>
  addresses?: () => string[]
}

const PATH = /^\/__sala\/([a-z0-9-]{1,40})$/

/** Handles the request when it is for /__sala/…; resolves false otherwise. */
export function createRoomInfoRoute(options: RoomInfoOptions) {
  const addresses = options.addresses ?? (() => lanAddresses())
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const match = PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname)
    if (!match) return false
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body))
    }
    if (req.method !== 'GET') return send(405, { erro: 'método' }), true
    if (!await options.isPresenter(req)) return send(403, { erro: 'só o apresentador' }), true
    const room = match[1]
    if (!options.decks.has(room)) return send(404, { erro: 'aula desconhecida' }), true
    const lan = options.lan ? addresses() : []
    const hosts = lan.length > 0 ? lan.map(a => `${a}:${options.port()}`) : [String(req.headers.host ?? `localhost:${options.port()}`)]
    const info: RoomInfo = { alunos: hosts.map(h => `http://${h}/${room}/`) }
    send(200, info)
    return true
  }
}
