// The live questions in Redis, shared by every live process. The quiz record is versioned like a
// room (compare-and-set in one script); an answer is written by one script that first checks the
// record's version, so no answer slips in after another process closed the round.
import type { RedisClientType } from 'redis'
import type { QuizRecord } from '../quiz/round'
import type { QuizStore } from './store'

const quizKey = (room: string) => `dd:quiz:${room}`
const answersPrefix = (room: string) => `dd:answers:${room}:`
const answersKey = (room: string, question: string, round: number) => `${answersPrefix(room)}${question}:${round}`
/** The set of `question:round` of a room that have answers (the results list them). */
const indexKey = (room: string) => `dd:answered:${room}`

// KEYS[1] quiz key, KEYS[2..3] the question's answer hashes (rounds 1, 2), KEYS[4] index;
// ARGV[1] expected version, ARGV[2] the record (JSON), ARGV[3] the question to clear ('' = none).
const REPLACE = `local cur = redis.call('GET', KEYS[1])
local v = 0
if cur then v = cjson.decode(cur).version end
if v ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
if ARGV[3] ~= '' then
  redis.call('DEL', KEYS[2], KEYS[3])
  redis.call('SREM', KEYS[4], ARGV[3] .. ':1', ARGV[3] .. ':2')
end
return 1`

// KEYS[1] quiz key, KEYS[2] answers hash, KEYS[3] index; ARGV[1] expected version, ARGV[2] device,
// ARGV[3] choices (JSON), ARGV[4] `question:round`.
const ANSWER = `local cur = redis.call('GET', KEYS[1])
local v = 0
if cur then v = cjson.decode(cur).version end
if v ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
redis.call('SADD', KEYS[3], ARGV[4])
return 1`

/** KEYS[1] a versioned key (room or quiz); ARGV[1] the value's version; ARGV[2] the value (JSON). Writes unless the stored one is as new. */
export const RESTORE_NEWER = `local cur = redis.call('GET', KEYS[1])
if cur and cjson.decode(cur).version >= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`

// KEYS[1] quiz key, KEYS[2] index; ARGV[1] version, ARGV[2] the record (JSON), ARGV[3] the room's
// answers key prefix. Writes unless the stored record is as new; then a question whose run the new
// record does not have (reset, or reset and opened again: another `opened`) loses its old answers.
const RESTORE_QUIZ = `local cur = redis.call('GET', KEYS[1])
local old = nil
if cur then
  old = cjson.decode(cur)
  if old.version >= tonumber(ARGV[1]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[2])
if old then
  local new = cjson.decode(ARGV[2])
  for q, p in pairs(old.progress) do
    local n = new.progress[q]
    if n == nil or n.opened ~= p.opened then
      redis.call('DEL', ARGV[3] .. q .. ':1', ARGV[3] .. q .. ':2')
      redis.call('SREM', KEYS[2], q .. ':1', q .. ':2')
    end
  end
end
return 1`

const parse = (raw: unknown) => JSON.parse(String(raw)) as number[]

export function redisQuiz(client: RedisClientType<any, any, any, any, any>): QuizStore {
  const answersOf = async (room: string, question: string, round: number) =>
    (await client.hVals(answersKey(room, question, round)) as unknown[]).map(parse)
  return {
    async getQuiz(room) {
      const raw = await client.get(quizKey(room))
      return raw ? JSON.parse(String(raw)) as QuizRecord : undefined
    },
    async replaceQuiz(expectedVersion, next, clear) {
      const q = clear ?? ''
      const keys = [quizKey(next.room), answersKey(next.room, q, 1), answersKey(next.room, q, 2), indexKey(next.room)]
      return Number(await client.eval(REPLACE, { keys, arguments: [String(expectedVersion), JSON.stringify(next), q] })) === 1
    },
    async putAnswer(expectedVersion, a) {
      const keys = [quizKey(a.room), answersKey(a.room, a.question, a.round), indexKey(a.room)]
      const args = [String(expectedVersion), a.device, JSON.stringify(a.choices), `${a.question}:${a.round}`]
      return Number(await client.eval(ANSWER, { keys, arguments: args })) === 1
    },
    async countAnswers(room, question, round) {
      return Number(await client.hLen(answersKey(room, question, round)))
    },
    answersOf,
    async myAnswer(room, question, round, device) {
      const raw = await client.hGet(answersKey(room, question, round), device)
      return raw == null ? undefined : parse(raw)
    },
    async allAnswers(room) {
      const members = (await client.sMembers(indexKey(room)) as unknown[]).map(String).sort()
      const rows = await Promise.all(members.map(async (member) => {
        const [question, round] = [member.slice(0, member.lastIndexOf(':')), Number(member.slice(member.lastIndexOf(':') + 1)) as 1 | 2]
        return (await answersOf(room, question, round)).map(choices => ({ question, round, choices }))
      }))
      return rows.flat()
    },
    async restoreQuiz(record) {
      const args = [String(record.version), JSON.stringify(record), answersPrefix(record.room)]
      return Number(await client.eval(RESTORE_QUIZ, { keys: [quizKey(record.room), indexKey(record.room)], arguments: args })) === 1
    },
    async restoreAnswers(answers) {
      if (answers.length === 0) return 0
      const batch = client.multi()
      for (const a of answers) {
        batch.hSetNX(answersKey(a.room, a.question, a.round), a.device, JSON.stringify(a.choices))
        batch.sAdd(indexKey(a.room), `${a.question}:${a.round}`)
      }
      const replies = await batch.exec()
      return replies.filter((reply, i) => i % 2 === 0 && Number(reply) === 1).length
    },
  }
}
