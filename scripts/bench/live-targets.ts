// The three servers `npm run bench:live` drives with the same students: this project's live server,
// a bare Socket.IO relay (the floor), and Slidev's own `slidev --remote` dev server. Each runs as its
// own child process on 127.0.0.1, so its CPU and memory are its own.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { io, type Socket } from 'socket.io-client'
import { projectRoot } from '#scripts/site/decks'
import { slidevBin, startNode, tsxLoader, type Started } from '#scripts/util/run'

export interface Mover {
  /** Moves the room to `page`; resolves with the acknowledged version. */
  move(page: number): Promise<number>
  close(): void
}

export interface Running {
  url: string
  pid: number
  /** Passed to the students (Slidev's HMR WebSocket token). */
  slidevToken?: string
  presenter(room: string): Promise<Mover>
  stop(): Promise<void>
}

export interface Target {
  id: 'live' | 'relay' | 'slidev'
  label: string
  start(rooms: string[], port: number, work: string): Promise<Running>
}

async function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Started> {
  return startNode('servidor', args, ready, { env, timeoutMs: 90_000 })
}

function socketMover(url: string, room: string, cookie?: string): Promise<Mover> {
  const socket: Socket = io(url, { transports: ['websocket'], forceNew: true, extraHeaders: cookie ? { cookie } : {} })
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject)
    socket.once('connect', async () => {
      await socket.timeout(10_000).emitWithAck('room:join', { room })
      resolve({
        async move(page) {
          const ack = await socket.timeout(10_000).emitWithAck('room:move', { room, page, clicks: 0 })
          if (!ack.ok) throw new Error(`movimento recusado: ${ack.error}`)
          return ack.state.version
        },
        close: () => socket.disconnect(),
      })
    })
  })
}

/** A dist/ with one tiny deck per room: the live server serves what is built, and only built decks are rooms. */
function benchDist(work: string, rooms: string[]): string {
  const dist = join(work, 'dist')
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>')
  for (const room of rooms) {
    mkdirSync(join(dist, room), { recursive: true })
    writeFileSync(join(dist, room, 'index.html'), `<!doctype html><head><title>${room}</title></head>`)
  }
  return dist
}

export const liveTarget: Target = {
  id: 'live',
  label: 'este servidor (npm run live, SQLite)',
  async start(rooms, port, work) {
    const password = 'bench-senha'
    const child = await startChild(['--import', tsxLoader, 'scripts/cli/live.ts', '--port', String(port)], {
      DIST_DIR: benchDist(work, rooms),
      LIVE_DB: join(work, 'live.db'),
      LIVE_PASSWORD: password,
      REDIS_URL: '',
    }, /Estado das salas/)
    const url = `http://127.0.0.1:${port}`
    const res = await fetch(`${url}/entrar`, { method: 'POST', body: new URLSearchParams({ senha: password, voltar: '/' }), redirect: 'manual' })
    const cookie = res.headers.get('set-cookie')!.split(';')[0]
    return { url, pid: child.child.pid!, presenter: room => socketMover(url, room, cookie), stop: child.stop }
  },
}

export const relayTarget: Target = {
  id: 'relay',
  label: 'relay Socket.IO puro (o piso)',
  async start(_rooms, port) {
    const child = await startChild(['--import', tsxLoader, 'scripts/bench/live-relay.ts', String(port)], {}, /relay pronto/)
    const url = `http://127.0.0.1:${port}`
    return { url, pid: child.child.pid!, presenter: room => socketMover(url, room), stop: child.stop }
  },
}

/** Slidev's remote mode: the presenter posts `nav` to the dev server, which broadcasts it on Vite's HMR socket. */
export const slidevTarget: Target = {
  id: 'slidev',
  label: 'slidev --remote (sincronização do próprio Slidev)',
  async start(_rooms, port) {
    const deck = join(projectRoot, '.cache', 'bench-live', 'slides.md')
    mkdirSync(join(deck, '..'), { recursive: true })
    writeFileSync(deck, '---\ntitle: Bench\n---\n\n# Um\n\n---\n\n# Dois\n')
    // The one place the project turns Slidev's remote mode on: to compare against it, bound to loopback.
    const child = await startChild([slidevBin, deck, '--port', String(port), '--remote', 'bench', '--bind', '127.0.0.1'], { CI: '1' }, /remote control|public slide show/)
    const url = `http://127.0.0.1:${port}`
    const client = await (await fetch(`${url}/@vite/client`)).text()
    const slidevToken = /const wsToken = "([^"]+)"/.exec(client)?.[1]
    if (!slidevToken) throw new Error('token do WebSocket do Vite não encontrado')
    return {
      url,
      pid: child.child.pid!,
      slidevToken,
      async presenter() {
        let version = 0
        return {
          async move(page) {
            const res = await fetch(`${url}/@server-reactive/nav`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ source: 'bench-presenter', patch: { page, clicks: 0 }, timestamp: Date.now() }),
            })
            await res.text()
            return ++version
          },
          close() {},
        }
      },
      stop: child.stop,
    }
  },
}
