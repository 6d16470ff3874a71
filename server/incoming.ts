// The checks every Socket.IO event makes before its work, for the room's events (sockets.ts) and
// the live questions' (quiz/sockets.ts): a presenter-only event from a student is dropped, counted
// as forged and answered `not-presenter`; a payload its schema refuses is counted as malformed and
// answered `invalid`.
import * as v from 'valibot'
import type { Counters } from './counters'

export type Ack = (reply: unknown) => void

/** The event's ack callback (its last argument), when the client asked for one. */
export const ackOf = (args: unknown[]) => (typeof args.at(-1) === 'function' ? args.at(-1) as Ack : undefined)

/** The payload and the ack, or undefined when refused (the refusal is sent and counted). */
export function incoming<S extends v.GenericSchema>(args: unknown[], schema: S, counters: Counters, { forged = false } = {}):
  { payload: v.InferOutput<S>, ack: Ack | undefined } | undefined {
  const ack = ackOf(args)
  if (forged) {
    counters.count('forged')
    return void ack?.({ ok: false, error: 'not-presenter' })
  }
  const parsed = v.safeParse(schema, args[0])
  if (!parsed.success) {
    counters.count('malformed')
    return void ack?.({ ok: false, error: 'invalid' })
  }
  return { payload: parsed.output, ack }
}
