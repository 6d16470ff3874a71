// The live questions in the SQLite file (same file and pragmas as the rooms: WAL, synchronous=FULL).
// Answers that arrive together are written in one transaction (one fsync for a burst of phones),
// and each answer's promise resolves only after that commit: the ack follows a durable write.
import type { DatabaseSync } from 'node:sqlite'
import type { QuizRecord } from '../quiz/round'
import type { QuizStore, StoredAnswer } from './store'

interface Pending { expectedVersion: number, answer: StoredAnswer, resolve: (written: boolean) => void, reject: (error: Error) => void }

export function sqliteQuiz(db: DatabaseSync): QuizStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS quiz (room TEXT PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS answers (
      room TEXT NOT NULL, question TEXT NOT NULL, round INTEGER NOT NULL, device TEXT NOT NULL,
      choices TEXT NOT NULL, answered_at INTEGER NOT NULL,
      PRIMARY KEY (room, question, round, device));
  `)
  const select = db.prepare('SELECT data FROM quiz WHERE room = ?')
  const selectVersion = db.prepare('SELECT version FROM quiz WHERE room = ?')
  const insert = db.prepare('INSERT OR IGNORE INTO quiz (room, version, data) VALUES (?, ?, ?)')
  const update = db.prepare('UPDATE quiz SET version = ?, data = ? WHERE room = ? AND version = ?')
  const clearAnswers = db.prepare('DELETE FROM answers WHERE room = ? AND question = ?')
  const upsertAnswer = db.prepare(`INSERT INTO answers (room, question, round, device, choices, answered_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (room, question, round, device) DO UPDATE SET choices = excluded.choices, answered_at = excluded.answered_at`)
  const count = db.prepare('SELECT COUNT(*) AS n FROM answers WHERE room = ? AND question = ? AND round = ?')
  const ofRound = db.prepare('SELECT choices FROM answers WHERE room = ? AND question = ? AND round = ?')
  const mine = db.prepare('SELECT choices FROM answers WHERE room = ? AND question = ? AND round = ? AND device = ?')
  const all = db.prepare('SELECT question, round, choices FROM answers WHERE room = ? ORDER BY question, round')
  const upsert = db.prepare('INSERT OR REPLACE INTO quiz (room, version, data) VALUES (?, ?, ?)')
  const insertMissing = db.prepare('INSERT OR IGNORE INTO answers (room, question, round, device, choices, answered_at) VALUES (?, ?, ?, ?, ?, ?)')

  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE')
    try {
      const result = work()
      db.exec('COMMIT')
      return result
    }
    catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK')
      throw error
    }
  }

  let pending: Pending[] = []
  function flush() {
    const batch = pending
    pending = []
    try {
      const written = transaction(() => {
        const versions = new Map<string, number>()
        return batch.map(({ expectedVersion, answer }) => {
          if (!versions.has(answer.room)) versions.set(answer.room, (selectVersion.get(answer.room) as { version: number } | undefined)?.version ?? 0)
          if (versions.get(answer.room) !== expectedVersion) return false
          upsertAnswer.run(answer.room, answer.question, answer.round, answer.device, JSON.stringify(answer.choices), Date.now())
          return true
        })
      })
      batch.forEach((p, i) => p.resolve(written[i]))
    }
    catch (error) {
      for (const p of batch) p.reject(error as Error)
    }
  }

  return {
    async getQuiz(room) {
      const row = select.get(room) as { data: string } | undefined
      return row ? JSON.parse(row.data) as QuizRecord : undefined
    },
    async replaceQuiz(expectedVersion, next, clear) {
      return transaction(() => {
        const data = JSON.stringify(next)
        const result = expectedVersion === 0 ? insert.run(next.room, next.version, data) : update.run(next.version, data, next.room, expectedVersion)
        if (result.changes !== 1) return false
        if (clear) clearAnswers.run(next.room, clear)
        return true
      })
    },
    putAnswer(expectedVersion, answer) {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush)
        pending.push({ expectedVersion, answer, resolve, reject })
      })
    },
    async countAnswers(room, question, round) {
      return (count.get(room, question, round) as { n: number }).n
    },
    async answersOf(room, question, round) {
      return (ofRound.all(room, question, round) as { choices: string }[]).map(r => JSON.parse(r.choices) as number[])
    },
    async myAnswer(room, question, round, device) {
      const row = mine.get(room, question, round, device) as { choices: string } | undefined
      return row ? JSON.parse(row.choices) as number[] : undefined
    },
    async allAnswers(room) {
      return (all.all(room) as { question: string, round: 1 | 2, choices: string }[])
        .map(r => ({ question: r.question, round: r.round, choices: JSON.parse(r.choices) as number[] }))
    },
    async restoreQuiz(record) {
      return transaction(() => {
        const row = select.get(record.room) as { data: string } | undefined
        const old = row ? JSON.parse(row.data) as QuizRecord : undefined
        if (old && old.version >= record.version) return false
        upsert.run(record.room, record.version, JSON.stringify(record))
        // A question whose run the restored record does not have keeps no answers of the old one.
        for (const [question, progress] of Object.entries(old?.progress ?? {}))
          if (record.progress[question]?.opened !== progress.opened) clearAnswers.run(record.room, question)
        return true
      })
    },
    async restoreAnswers(answers) {
      return transaction(() => answers.reduce((written, a) =>
        written + Number(insertMissing.run(a.room, a.question, a.round, a.device, JSON.stringify(a.choices), Date.now()).changes), 0))
    },
  }
}
