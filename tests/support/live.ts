// Helpers for the live server's tests: a server on a free loopback port over a temporary database,
// a logged-in presenter cookie, and real socket.io-client connections.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io as connect, type Socket } from 'socket.io-client'
import { startLiveServer, type LiveOptions, type LiveServer } from '#server/app'
import type { ClientToServer, RoomState, ServerToClient } from '#server/protocol'

export const fixtureDist = join(import.meta.dirname, '..', 'fixtures', 'live-dist')
export const PASSWORD = 'senha-de-teste-123'

export type LiveClient = Socket<ServerToClient, ClientToServer>

export interface TestServer extends LiveServer {
  logs: string[]
  dbFile: string
}

export async function startTestServer(options: Partial<LiveOptions> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-live-'))
  const dbFile = options.dbFile ?? join(dir, 'live.db')
  const logs: string[] = []
  const server = await startLiveServer({
    distDir: fixtureDist,
    secret: PASSWORD,
    dbFile,
    port: 0,
    host: '127.0.0.1',
    reportIntervalMs: 50,
    log: line => logs.push(line),
    ...options,
  })
  return {
    ...server,
    logs,
    dbFile,
    async close() {
      await server.close()
      if (!options.dbFile) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Logs in through POST /entrar and returns the `dd_sessao=…` cookie pair. */
export async function login(url: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${url}/entrar`, {
    method: 'POST',
    body: new URLSearchParams({ senha: password, voltar: '/aula-1/presenter/' }),
    redirect: 'manual',
  })
  const cookie = res.headers.get('set-cookie')
  if (res.status !== 303 || !cookie) throw new Error(`login falhou: ${res.status}`)
  return cookie.split(';')[0]
}

export function client(url: string, options: { cookie?: string, origin?: string, transports?: string[] } = {}): LiveClient {
  const headers: Record<string, string> = {}
  if (options.cookie) headers.cookie = options.cookie
  if (options.origin) headers.origin = options.origin
  return connect(url, {
    transports: options.transports ?? ['websocket'],
    extraHeaders: headers,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    forceNew: true,
  }) as LiveClient
}

export function connected(socket: LiveClient, timeoutMs = 5000): Promise<void> {
  if (socket.connected) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sem conexão')), timeoutMs)
    socket.once('connect', () => {
      clearTimeout(timer)
      resolve()
    })
    socket.once('connect_error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** Resolves with the first state of `room` at `version` or later. */
export function stateAt(socket: LiveClient, version: number, timeoutMs = 5000): Promise<RoomState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('room:state', onState)
      reject(new Error(`versão ${version} não chegou`))
    }, timeoutMs)
    const onState = (state: RoomState) => {
      if (state.version < version) return
      clearTimeout(timer)
      socket.off('room:state', onState)
      resolve(state)
    }
    socket.on('room:state', onState)
  })
}

export const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condição') => {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`tempo esgotado esperando: ${what}`)
    await new Promise(r => setTimeout(r, 20))
  }
}

export interface Follower {
  socket: LiveClient
  /** The newest state seen (join ack or broadcast). */
  latest: () => RoomState | undefined
  /** Every state version seen, in arrival order. */
  versions: number[]
  /** Times it (re)joined, i.e. connected. */
  joins: number
}

/** A student (or presenter) as the deck client behaves: (re)joins the room on every connect. */
export function follower(url: string, room = 'aula-1', options: Parameters<typeof client>[1] = {}): Follower {
  const socket = client(url, options)
  let latest: RoomState | undefined
  const seen = (state: RoomState) => {
    if (!latest || state.version > latest.version) latest = state
    me.versions.push(state.version)
  }
  const me: Follower = { socket, latest: () => latest, versions: [], joins: 0 }
  socket.on('connect', () => {
    socket.timeout(5000).emit('room:join', { room }, (error: Error | null, reply: Awaited<ReturnType<LiveClient['emitWithAck']>>) => {
      if (error || !reply?.ok) return
      me.joins++
      seen(reply.state)
    })
  })
  socket.on('room:state', seen)
  return me
}

/** Waits until every follower is at `version` (or later). */
export function allAt(followers: Follower[], version: number, timeoutMs = 10_000) {
  return until(() => followers.every(f => (f.latest()?.version ?? -1) >= version), timeoutMs, `todos na versão ${version}`)
}
