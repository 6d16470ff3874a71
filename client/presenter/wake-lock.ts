// Keeps the phone's screen on while the remote is open (Screen Wake Lock API, where the browser has
// it); the lock is released when the page is hidden, so it is asked again when it comes back.

export function keepScreenOn(doc: Document = document, nav: Navigator = navigator): () => void {
  const api = (nav as Navigator & { wakeLock?: { request: (type: 'screen') => Promise<{ release: () => Promise<void> }> } }).wakeLock
  if (!api) return () => {}
  let lock: { release: () => Promise<void> } | undefined
  let stopped = false
  const request = () => {
    if (stopped || doc.visibilityState !== 'visible') return
    api.request('screen').then((l) => {
      if (stopped) void l.release()
      else lock = l
    }).catch(() => {})
  }
  doc.addEventListener('visibilitychange', request)
  request()
  return () => {
    stopped = true
    doc.removeEventListener('visibilitychange', request)
    void lock?.release().catch(() => {})
  }
}
