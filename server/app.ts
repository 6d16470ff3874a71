// One node:http server: the login routes, the built site by role, and Socket.IO on the same origin.
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdapter } from '@socket.io/redis-adapter'
import { createClient } from 'redis'
import { Server } from 'socket.io'
import { sessionFromCookieHeader } from './auth'
import { createCounters, type Counters } from './counters'
import { readDist } from './dist'
import { createLoginRoutes } from './login'
import { loadCatalog } from './quiz/catalog'
import { createQuiz, type Quiz } from './quiz/quiz'
import { createResultsRoute } from './quiz/results-route'
import { createQuizSockets } from './quiz/sockets'
import type { Recalled } from './quiz/recall'
import { isForeignOrigin } from './origin'
import { createRoomInfoRoute } from './room-info'
import { createRooms } from './rooms'
import { createSiteHandler } from './site'
import { attachRoomHandlers, sessionRoom, type LiveIo } from './sockets'
import { openSqliteStore } from './store/sqlite'
import { redisStore } from './store/redis'
import type { Store } from './store/store'
import { createThrottle, DEFAULT_THROTTLE, type ThrottleOptions } from './throttle'

/** The largest Socket.IO message accepted; a room event is well under 200 bytes. */
export const MAX_MESSAGE_BYTES = 16 * 1024

export interface LiveOptions {
  /** The built site (dist/). */
  distDir: string
  secret: string
  /** The SQLite file for rooms and sessions (ignored with redisUrl). */
  dbFile: string
  redisUrl?: string
  port?: number
  host?: string
  throttle?: ThrottleOptions
  /** The login's clock (tests step it instead of waiting). */
  now?: () => number
  /** How often the refusal counts are logged (when they changed). */
  reportIntervalMs?: number
  log?: (line: string) => void
}

export interface LiveServer {
  url: string
  port: number
  decks: string[]
  store: Store
  counters: Counters
  quiz: Quiz
  /** The banner's line about the live questions. */
  questionsLine: string
  io: LiveIo
  http: HttpServer
  close(): Promise<void>
}

/**
 * The Redis adapter publishes without awaiting: a PUBLISH in flight when Redis dies rejects
 * (ECONNRESET), and an unhandled rejection ends the process. That fan-out is lost either way (Redis
 * is down); the students stay connected and the next state reaches them.
 */
function catchPublish(client: { publish: (...args: any[]) => Promise<unknown> }) {
  const publish = client.publish.bind(client)
  client.publish = (...args) => {
    const sent = publish(...args)
    sent.catch(() => {})
    return sent
  }
}

async function openStore(options: LiveOptions, log: (line: string) => void) {
  if (!options.redisUrl) return { store: openSqliteStore(options.dbFile), closeRedis: async () => {} }
  // The store's connection fails fast while Redis is down (a move is refused, never acknowledged
  // unstored); the adapter's pub/sub pair queues and resubscribes on its own.
  const data = createClient({ url: options.redisUrl, disableOfflineQueue: true })
  const pub = createClient({ url: options.redisUrl })
  const sub = pub.duplicate()
  let down = false
  for (const client of [data, pub, sub]) {
    client.on('error', (error: Error) => {
      if (!down) log(`[ao vivo] Redis indisponível (${error.message || error.name}); tentando de novo…`)
      down = true
    })
  }
  catchPublish(pub)
  await Promise.all([data.connect(), pub.connect(), sub.connect()])
  return {
    store: redisStore(data),
    pub,
    sub,
    onReady: (heal: () => Promise<string>) => data.on('ready', () => {
      if (!down) return
      down = false
      void heal().then(log, (error: Error) => log(`[ao vivo] Redis de volta, mas não consegui conferir as salas: ${error.message}`))
    }),
    closeRedis: async () => {
      await Promise.allSettled([data.quit(), pub.quit(), sub.quit()])
    },
  }
}

/** The log line after Redis came back: what this process had to write back into it (nothing when it kept its data). */
export function healedLine(rooms: number, { questions, answers }: Recalled): string {
  if (rooms + questions + answers === 0) return '[ao vivo] Redis de volta; salas conferidas.'
  return `[ao vivo] Redis de volta, mas sem parte dos dados: gravei de volta o que este processo conhecia (${rooms} ${rooms === 1 ? 'sala' : 'salas'}, `
    + `${questions} ${questions === 1 ? 'estado de perguntas' : 'estados de perguntas'} e ${answers} ${answers === 1 ? 'resposta' : 'respostas'}).`
}

export async function startLiveServer(options: LiveOptions): Promise<LiveServer> {
  const log = options.log ?? (line => console.log(line))
  const dist = readDist(options.distDir)
  const catalog = loadCatalog(options.distDir)
  const opened = await openStore(options, log)
  const { store } = opened
  const counters = createCounters()
  const rooms = createRooms(store, new Set(dist.decks.map(d => d.id)))
  const quiz = createQuiz(store, catalog)

  const isPresenter = async (req: IncomingMessage) => {
    const id = sessionFromCookieHeader(req.headers.cookie)
    return !!id && await store.hasSession(id, Date.now()).catch(() => false)
  }
  const site = createSiteHandler({ dist, isPresenter })
  let io: LiveIo | undefined
  const login = createLoginRoutes({
    secret: options.secret,
    store,
    throttle: createThrottle(options.throttle ?? DEFAULT_THROTTLE),
    counters,
    onLogout: id => io?.in(sessionRoom(id)).disconnectSockets(true),
    now: options.now,
  })

  let port = 0
  const host = options.host ?? '127.0.0.1'
  const results = createResultsRoute({ decks: new Set(dist.decks.map(d => d.id)), store, catalog, isPresenter })
  const roomInfo = createRoomInfoRoute({ decks: new Set(dist.decks.map(d => d.id)), lan: host === '0.0.0.0' || host === '::', port: () => port, isPresenter })

  const http = createServer((req, res) => {
    login(req, res)
      .then(async handled => handled || await roomInfo(req, res))
      .then(async handled => handled || await results(req, res))
      .then(handled => handled ? undefined : site(req, res))
      .catch((error: Error) => {
        log(`[ao vivo] erro em ${req.method} ${req.url}: ${error.message}`)
        if (!res.headersSent) res.writeHead(500).end()
        else res.destroy()
      })
  })

  io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    transports: ['polling', 'websocket'],
    allowRequest: (req, callback) => {
      if (!isForeignOrigin(req)) return callback(null, true)
      counters.count('origin')
      callback('origem recusada', false)
    },
  }) as LiveIo
  if (opened.pub && opened.sub) io.adapter(createAdapter(opened.pub, opened.sub))
  opened.onReady?.(async () => healedLine(await rooms.heal(), await quiz.heal()))
  const extension = createQuizSockets({ io, quiz, counters })
  attachRoomHandlers({ io, rooms, store, counters, clustered: !!options.redisUrl, extension })
  const stopReport = counters.report(log, options.reportIntervalMs ?? 10_000)

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port ?? 4173, host, () => resolve())
  })
  port = (http.address() as AddressInfo).port
  const shownHost = !options.host || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host

  return {
    url: `http://${shownHost}:${port}`,
    port,
    decks: dist.decks.map(d => d.id),
    store,
    counters,
    quiz,
    questionsLine: catalog.line(),
    io,
    http,
    async close() {
      stopReport()
      await new Promise<void>(resolve => io!.close(() => resolve()))
      await opened.closeRedis()
      await store.close()
    },
  }
}
