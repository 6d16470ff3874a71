// The SQLite store: WAL and synchronous=FULL, version-checked writes, sessions by hash, and a
// restart over the same file resumes every room.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, it } from 'vitest'
import { createRooms } from '#server/rooms'
import { openSqliteStore } from '#server/store/sqlite'

const dir = mkdtempSync(join(tmpdir(), 'dd-live-sqlite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const rooms = new Set(['aula-1', 'aula-2'])

describe('SQLite store', () => {
  it('puts the database in WAL mode', async () => {
    const file = join(dir, 'pragmas.db')
    const store = openSqliteStore(file)
    await store.close()
    const db = new DatabaseSync(file)
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    db.close()
  })

  it('writes only over the expected version', async () => {
    const store = openSqliteStore(join(dir, 'cas.db'))
    const state = { room: 'aula-1', page: 2, clicks: 0, version: 1, updatedAt: 1 }
    expect(await store.replaceRoom(0, state)).toBe(true)
    expect(await store.replaceRoom(0, { ...state, page: 9 })).toBe(false)
    expect(await store.replaceRoom(1, { ...state, page: 3, version: 2 })).toBe(true)
    expect(await store.replaceRoom(1, { ...state, page: 4, version: 2 })).toBe(false)
    expect(await store.getRoom('aula-1')).toMatchObject({ page: 3, version: 2 })
    await store.restoreRoom({ ...state, page: 1, version: 1 })
    expect(await store.getRoom('aula-1')).toMatchObject({ page: 3, version: 2 })
    await store.close()
  })

  it('keeps sessions by hash, with an expiry', async () => {
    const file = join(dir, 'sessions.db')
    const store = openSqliteStore(file)
    await store.createSession('sessao-secreta-1234567890', 10_000)
    expect(await store.hasSession('sessao-secreta-1234567890', 5_000)).toBe(true)
    expect(await store.hasSession('sessao-secreta-1234567890', 10_001)).toBe(false)
    expect(await store.hasSession('outra', 5_000)).toBe(false)
    await store.close()
    const db = new DatabaseSync(file)
    expect(JSON.stringify(db.prepare('SELECT * FROM sessions').all())).not.toContain('sessao-secreta')
    db.close()
  })

  it('resumes every room after a restart over the same file', async () => {
    const file = join(dir, 'restart.db')
    const first = openSqliteStore(file)
    const live = createRooms(first, rooms)
    await live.move('presenter', { room: 'aula-1', page: 7, clicks: 2 })
    await live.move('presenter', { room: 'aula-2', page: 3, clicks: 0 })
    await live.move('presenter', { room: 'aula-2', page: 4, clicks: 1 })
    // No close(): the process dies with the database open.
    const second = createRooms(openSqliteStore(file), rooms)
    expect(await second.join('aula-1')).toMatchObject({ ok: true, state: { page: 7, clicks: 2, version: 1 } })
    expect(await second.join('aula-2')).toMatchObject({ ok: true, state: { page: 4, clicks: 1, version: 2 } })
    await first.close()
  })

  it('lets two writers race for a room without losing a version', async () => {
    const file = join(dir, 'race.db')
    const a = createRooms(openSqliteStore(file), rooms)
    const b = createRooms(openSqliteStore(file), rooms)
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).move('presenter', { room: 'aula-1', page: i + 2, clicks: 0 })))
    const versions = results.map(r => r.ok ? r.state.version : -1).sort((x, y) => x - y)
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })
})
