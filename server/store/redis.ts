// The N-process store: room states and sessions in Redis, shared by every live process.
// A move is written with one atomic script (compare the version, then set) before it is broadcast.
// Durability is Redis's own (compose.yaml turns on appendfsync always); a Redis that restarts empty
// is healed by the live processes, which write back the newest states they know (restoreRoom, and
// restoreQuiz/restoreAnswers for the questions).
import type { RedisClientType } from 'redis'
import type { RoomState } from '../protocol'
import { redisQuiz, RESTORE_NEWER } from './redis-quiz'
import { sessionKey, type Store } from './store'

const roomKey = (room: string) => `dd:room:${room}`
const sessionPrefix = 'dd:session:'

// KEYS[1] room key; ARGV[1] expected version; ARGV[2] the new state (JSON).
const REPLACE = `local cur = redis.call('GET', KEYS[1])
local v = 0
if cur then v = cjson.decode(cur).version end
if v ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`

export function redisStore(client: RedisClientType<any, any, any, any, any>): Store {
  return {
    kind: 'redis',
    ...redisQuiz(client),
    async getRoom(room) {
      const raw = await client.get(roomKey(room))
      return raw ? JSON.parse(String(raw)) as RoomState : undefined
    },
    async replaceRoom(expectedVersion, next) {
      const done = await client.eval(REPLACE, { keys: [roomKey(next.room)], arguments: [String(expectedVersion), JSON.stringify(next)] })
      return Number(done) === 1
    },
    async restoreRoom(state) {
      return Number(await client.eval(RESTORE_NEWER, { keys: [roomKey(state.room)], arguments: [String(state.version), JSON.stringify(state)] })) === 1
    },
    async createSession(id, expiresAt) {
      await client.set(sessionPrefix + sessionKey(id), '1', { PXAT: expiresAt })
    },
    async hasSession(id) {
      return (await client.exists(sessionPrefix + sessionKey(id))) === 1
    },
    async deleteSession(id) {
      await client.del(sessionPrefix + sessionKey(id))
    },
    async close() {},
  }
}
