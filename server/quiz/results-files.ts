// `npm run live:resultados`: each deck's results written as <pasta>/aula-N.csv and aula-N.md, read
// from the store `npm run live` used (its SQLite file, or Redis with REDIS_URL).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createClient } from 'redis'
import { liveDbFile } from '../main'
import { openSqliteStore } from '../store/sqlite'
import { redisQuiz } from '../store/redis-quiz'
import type { QuizStore } from '../store/store'
import { CATALOG_FILE, loadCatalog } from './catalog'
import { resultsCsv, resultsMarkdown } from './results'
import { readResults } from './results-route'

export interface ResultsFilesOptions {
  distDir: string
  outDir: string
  env?: NodeJS.ProcessEnv
}

export interface WrittenDeck { deck: string, files: string[], questions: number, answered: number }

async function openStore(distDir: string, env: NodeJS.ProcessEnv): Promise<{ store: QuizStore, where: string, close: () => Promise<void> }> {
  if (env.REDIS_URL) {
    const client = createClient({ url: env.REDIS_URL, disableOfflineQueue: true })
    client.on('error', () => {})
    await client.connect()
    return { store: redisQuiz(client), where: `Redis (${new URL(env.REDIS_URL).host})`, close: async () => void await client.quit() }
  }
  const file = liveDbFile(distDir, env)
  if (!existsSync(file)) throw new Error(`Nenhuma resposta gravada: ${file} não existe (o \`npm run live\` cria esse arquivo; LIVE_DB aponta outro).`)
  const store = openSqliteStore(file)
  return { store, where: `SQLite em ${file}`, close: () => store.close() }
}

export async function writeResultsFiles({ distDir, outDir, env = process.env }: ResultsFilesOptions): Promise<{ where: string, decks: WrittenDeck[] }> {
  const catalog = loadCatalog(distDir)
  if (!catalog.found) throw new Error(`Não encontrei ${join(distDir, CATALOG_FILE)} (as perguntas e as respostas certas). Rode \`npm run build\` primeiro.`)
  const { store, where, close } = await openStore(distDir, env)
  try {
    mkdirSync(outDir, { recursive: true })
    const decks: WrittenDeck[] = []
    for (const deck of catalog.decks()) {
      const results = await readResults(store, catalog, deck)
      const files = [join(outDir, `${deck}.csv`), join(outDir, `${deck}.md`)]
      writeFileSync(files[0], resultsCsv(deck, results))
      writeFileSync(files[1], resultsMarkdown(deck, results))
      decks.push({ deck, files, questions: results.length, answered: results.filter(r => r.rounds.length > 0).length })
    }
    return { where, decks }
  }
  finally {
    await close()
  }
}
