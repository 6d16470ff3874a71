// Work for one key (a room) runs one call after another in this process; callers still settle
// races between processes with the store's version check.
export function keyedQueue() {
  const queues = new Map<string, Promise<unknown>>()
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(key) ?? Promise.resolve()).then(work, work)
    queues.set(key, run)
    void run.finally(() => queues.get(key) === run && queues.delete(key))
    return run
  }
}
