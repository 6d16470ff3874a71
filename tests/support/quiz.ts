// Helpers for the live questions' tests: a copy of the fixture site with the question catalog
// (tests/fixtures/quiz/perguntas.json, and its .br/.gz as the build writes them), device cookies,
// and a student that joins a room and records its quiz:state and quiz:mine.
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { projectRoot } from '#scripts/site/decks'
import { newDeviceId } from '#server/quiz/device'
import type { Socket } from 'socket.io-client'
import type { ClientToServer, ServerToClient } from '#server/protocol'
import type { QuestionCatalog, QuizClientToServer, QuizMine, QuizServerToClient, QuizState } from '#server/quiz/protocol'
import pLimit from 'p-limit'
import { client, fixtureDist, login, PASSWORD, until } from './live'
import { freePorts, spawnLive, type LiveProcess } from './live-process'

export type QuizClient = Socket<ServerToClient & QuizServerToClient, ClientToServer & QuizClientToServer>

export const catalogFile = join(import.meta.dirname, '..', 'fixtures', 'quiz', 'perguntas.json')
export const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as QuestionCatalog

/** A temporary dist/ = the live fixture site + perguntas.json; `remove()` deletes it. */
export function quizDist(): { dir: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dd-quiz-dist-'))
  cpSync(fixtureDist, dir, { recursive: true })
  const text = readFileSync(catalogFile)
  writeFileSync(join(dir, 'perguntas.json'), text)
  writeFileSync(join(dir, 'perguntas.json.br'), brotliCompressSync(text))
  writeFileSync(join(dir, 'perguntas.json.gz'), gzipSync(text))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export const deviceCookie = (id = newDeviceId()) => `dd_aparelho=${id}`

export interface Student {
  socket: QuizClient
  cookie: string
  /** Times the room:join was acknowledged (once per connection). */
  joins: number
  states: QuizState[]
  mine: QuizMine[]
  /** The newest quiz:state by version (the same version may come again with a new answer count). */
  latest: () => QuizState | undefined
}

/** A socket that joins `room` on every connect, like the deck client, and keeps what the quiz sends it. */
export function student(url: string, room = 'aula-1', options: { cookie?: string, transports?: string[] } = {}): Student {
  const cookie = options.cookie ?? deviceCookie()
  const socket = client(url, { cookie, transports: options.transports }) as unknown as QuizClient
  const me: Student = { socket, cookie, joins: 0, states: [], mine: [], latest: () => me.states.at(-1) }
  socket.on('quiz:state', (s) => {
    const last = me.states.at(-1)
    if (!last || s.version >= last.version) me.states.push(s)
  })
  socket.on('quiz:mine', m => me.mine.push(m))
  socket.on('connect', () => void socket.timeout(10_000).emit('room:join', { room }, (error: Error | null, reply: { ok: boolean }) => {
    if (!error && reply.ok) me.joins++
  }))
  return me
}

export async function joinedStudent(url: string, room = 'aula-1', options: Parameters<typeof student>[2] = {}) {
  const s = student(url, room, options)
  await until(() => s.joins > 0, 10_000, 'entrou na sala')
  return s
}

/** Sends an answer and returns the ack. */
export function answer(socket: QuizClient, question: string, round: 1 | 2, choices: number[], room = 'aula-1') {
  return socket.timeout(10_000).emitWithAck('quiz:answer', { room, question, round, choices })
}

export function control(socket: QuizClient, question: string, action: 'open' | 'close' | 'reveal' | 'reset', room = 'aula-1') {
  return socket.timeout(10_000).emitWithAck('quiz:control', { room, question, action })
}

/** The logged-in presenter and `count` students joined to aula-1, at most 50 joining at a time. */
export async function joinedClass(url: string, count: number): Promise<{ presenter: Student, students: Student[] }> {
  const presenter = await joinedStudent(url, 'aula-1', { cookie: await login(url) })
  const limit = pLimit(50)
  const students = await Promise.all(Array.from({ length: count }, () => limit(() => joinedStudent(url))))
  return { presenter, students }
}

export interface QuizLive {
  url: string
  /** Spawns `npm run live` (again, after a kill: same port, same files) and waits for its banner. */
  start: () => Promise<LiveProcess>
  /** Stops the last process started and deletes the dist and the SQLite file. */
  close: (signal?: NodeJS.Signals) => Promise<void>
}

/** `npm run live` as a real process on a free 127.0.0.1 port, over a quiz dist and its own SQLite file. */
export async function quizLive(name: string): Promise<QuizLive> {
  const dir = mkdtempSync(join(tmpdir(), `dd-${name}-`))
  const dist = quizDist()
  const [port] = await freePorts(1)
  const env = { DIST_DIR: dist.dir, LIVE_DB: join(dir, `${name}.db`), LIVE_PASSWORD: PASSWORD }
  let live: LiveProcess | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    async start() {
      live = spawnLive(['--port', String(port)], env)
      await live.waitFor(/Estado das salas/)
      return live
    },
    async close(signal) {
      await live?.stop(signal)
      dist.remove()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const tsx = createRequire(import.meta.url).resolve('tsx')
/** `npm run live:resultados -- …args` as a child process (rejects with code/stderr on exit 1). */
export function runResults(args: string[], env: NodeJS.ProcessEnv) {
  return promisify(execFile)(process.execPath, ['--import', tsx, 'scripts/cli/live-resultados.ts', ...args], { cwd: projectRoot, env: { ...process.env, ...env } })
}
