// `npm run live`: reads the environment, starts the live server, prints the banner, stops cleanly.
import { join } from 'node:path'
import { generateSecret } from './auth'
import { renderBanner } from './banner'
import { startLiveServer } from './app'

export interface RunOptions {
  port: number
  /** Listen on every interface (the classroom network). */
  host: boolean
  distDir: string
  env?: NodeJS.ProcessEnv
}

/** The SQLite file of `npm run live` (and of `npm run live:resultados`): $LIVE_DB, or .live/live.db beside dist/. */
export const liveDbFile = (distDir: string, env: NodeJS.ProcessEnv = process.env) => env.LIVE_DB ?? join(distDir, '..', '.live', 'live.db')

export async function runLive({ port, host, distDir, env = process.env }: RunOptions): Promise<void> {
  const generated = env.LIVE_PASSWORD ? undefined : generateSecret()
  const dbFile = liveDbFile(distDir, env)
  let server
  try {
    server = await startLiveServer({
      distDir,
      secret: env.LIVE_PASSWORD || generated!,
      dbFile,
      redisUrl: env.REDIS_URL || undefined,
      port,
      host: host ? '0.0.0.0' : '127.0.0.1',
      reportIntervalMs: env.LIVE_REPORT_MS ? Number(env.LIVE_REPORT_MS) : undefined,
    })
  }
  catch (error) {
    console.error(`Não foi possível iniciar a aula ao vivo: ${(error as Error).message}`)
    process.exit(1)
  }
  console.log(renderBanner({
    port: server.port,
    lan: host,
    decks: server.decks,
    generatedSecret: generated,
    questions: server.questionsLine,
    storage: env.REDIS_URL ? `Redis (${new URL(env.REDIS_URL).host})` : `SQLite em ${dbFile}`,
  }))
  const stop = () => {
    void server.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
