// The one-process store: an embedded SQLite file (node:sqlite) in WAL mode.
// synchronous=FULL: each commit fsyncs the WAL, so an acknowledged move survives a power cut, not
// only a crash (NORMAL would survive kill -9 but may lose the last commits on power loss). A move is
// one small commit per presenter key press, so the fsync costs nothing a lecture would notice.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { RoomState } from '../protocol'
import { sqliteQuiz } from './sqlite-quiz'
import { sessionKey, type Store } from './store'

export function openSqliteStore(file: string): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new DatabaseSync(file)
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    PRAGMA busy_timeout = 5000;
    CREATE TABLE IF NOT EXISTS rooms (
      room TEXT PRIMARY KEY, page INTEGER NOT NULL, clicks INTEGER NOT NULL,
      version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS sessions (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
  `)
  const select = db.prepare('SELECT room, page, clicks, version, updated_at AS updatedAt FROM rooms WHERE room = ?')
  const insert = db.prepare('INSERT OR IGNORE INTO rooms (room, page, clicks, version, updated_at) VALUES (?, ?, ?, ?, ?)')
  const update = db.prepare('UPDATE rooms SET page = ?, clicks = ?, version = ?, updated_at = ? WHERE room = ? AND version = ?')
  const upsertNewer = db.prepare(`INSERT INTO rooms (room, page, clicks, version, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(room) DO UPDATE SET page = excluded.page, clicks = excluded.clicks, version = excluded.version,
    updated_at = excluded.updated_at WHERE excluded.version > rooms.version`)
  const putSession = db.prepare('INSERT OR REPLACE INTO sessions (key, expires_at) VALUES (?, ?)')
  const getSession = db.prepare('SELECT expires_at AS expiresAt FROM sessions WHERE key = ?')
  const dropSession = db.prepare('DELETE FROM sessions WHERE key = ?')
  const dropExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?')

  return {
    kind: 'sqlite',
    ...sqliteQuiz(db),
    async getRoom(room) {
      return select.get(room) as RoomState | undefined
    },
    async replaceRoom(expectedVersion, next) {
      const { room, page, clicks, version, updatedAt } = next
      const result = expectedVersion === 0
        ? insert.run(room, page, clicks, version, updatedAt)
        : update.run(page, clicks, version, updatedAt, room, expectedVersion)
      return result.changes === 1
    },
    async restoreRoom(state) {
      return upsertNewer.run(state.room, state.page, state.clicks, state.version, state.updatedAt).changes === 1
    },
    async createSession(id, expiresAt) {
      dropExpired.run(Date.now())
      putSession.run(sessionKey(id), expiresAt)
    },
    async hasSession(id, now) {
      const row = getSession.get(sessionKey(id)) as { expiresAt: number } | undefined
      return !!row && row.expiresAt > now
    },
    async deleteSession(id) {
      dropSession.run(sessionKey(id))
    },
    async close() {
      if (db.isOpen) db.close()
    },
  }
}
