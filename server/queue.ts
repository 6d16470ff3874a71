// Work for one key (a room) runs one call after another in this process; callers still settle
// races between processes with the store's version check.
export function keyedQueue() {
  const queues = new Map<string, Promise<unknown>>()
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(key) ?? Promise.resolve()).then(work, work)
    queues.set(key, run)
    // then(forget, forget), not finally(): finally() would hand a failure on as a new, unhandled rejection.
    const forget = () => { if (queues.get(key) === run) queues.delete(key) }
    run.then(forget, forget)
    return run
  }
}
