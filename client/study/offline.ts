// The page side of offline study: registers the course's service worker (client/study/sw.ts) and
// asks it for the aula on screen first, the rest of the course only when the browser is idle — or
// at once from the "Baixar para estudar sem internet" button. Never while following a live class:
// the live server serves students another build (dist/alunos/) and the presenter the notes, so a
// live page registers nothing and removes a worker left by an earlier visit to the same address.
import { Workbox } from 'workbox-window'
import type { GroupStatus } from './precache-plan'
import { isLive } from './site'

export interface OfflineOptions {
  base: string
  /** The aula on screen (`aula-3`), cached before anything else. */
  deck?: string
  /** Cache the whole course when idle (off: only on request). */
  idle?: boolean
  onStatus?: (status: GroupStatus[]) => void
}

export interface Offline {
  /** Caches the whole course now; resolves with each group's status. */
  downloadAll: () => Promise<GroupStatus[]>
}

/** How long a page stays open before the rest of the course is fetched. */
export const IDLE_AFTER_MS = 15_000

type Reply = { ok: boolean, status?: GroupStatus[], error?: string }

export async function startOffline({ base, deck, idle = true, onStatus }: OfflineOptions): Promise<Offline | undefined> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return undefined
  if (isLive()) {
    for (const registration of await navigator.serviceWorker.getRegistrations())
      if (new URL(registration.scope).pathname === base) await registration.unregister()
    return undefined
  }
  const wb = new Workbox(`${base}sw.js`, { scope: base })
  wb.addEventListener('waiting', () => showUpdatePrompt(() => {
    wb.addEventListener('controlling', () => location.reload())
    void wb.messageSkipWaiting()
  }))
  let registration: ServiceWorkerRegistration | undefined
  try {
    registration = await wb.register()
  }
  catch (error) {
    // Offline study is an extra: a browser that refuses the worker (private mode, policy) still shows the deck.
    console.warn('[estudo] sem modo offline: o navegador recusou o service worker.', error)
    return undefined
  }
  // register() does not look for a new sw.js when one is installed: ask now, and every half hour.
  if (registration?.active) void wb.update().catch(() => {})
  setInterval(() => void wb.update().catch(() => {}), 30 * 60_000)
  await navigator.serviceWorker.ready
  const ask = async (groups: string[] | 'all') => {
    const reply = await wb.messageSW({ type: 'cache', groups }) as Reply
    if (!reply.ok) throw new Error(reply.error)
    onStatus?.(reply.status ?? [])
    return reply.status ?? []
  }
  if (deck) await ask([deck]).catch(() => {})
  else onStatus?.(((await wb.messageSW({ type: 'status' })) as Reply).status ?? [])
  if (idle) {
    // The rest of the course only for a page left open a while, then when the browser is idle.
    const later = () => void ask('all').catch(() => {})
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(later, { timeout: 10_000 }) : later()), IDLE_AFTER_MS)
  }
  return { downloadAll: () => ask('all') }
}

/** The bottom-corner prompt of a new version; `update` activates it and reloads. */
export function showUpdatePrompt(update: () => void): void {
  if (document.getElementById('dd-update')) return
  const box = document.createElement('div')
  box.id = 'dd-update'
  box.setAttribute('role', 'status')
  box.style.cssText = 'position:fixed;z-index:1000;right:1rem;bottom:1rem;display:flex;gap:.75rem;align-items:center;'
    + 'padding:.75rem 1rem;border-radius:10px;background:#0f1b2d;color:#fff;font:600 15px/1.4 Inter,system-ui,sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.3)'
  const text = document.createElement('span')
  text.textContent = 'Nova versão disponível.'
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = 'Atualizar'
  button.style.cssText = 'font:inherit;padding:.35rem .8rem;border-radius:6px;border:0;background:#fbbf24;color:#0f1b2d;cursor:pointer'
  button.addEventListener('click', () => {
    button.disabled = true
    text.textContent = 'Atualizando…'
    update()
  })
  box.append(text, button)
  document.body.append(box)
}

/** `[{ cached: 3, files: 3 }, …]` → whether every group is complete. */
export function allCached(status: GroupStatus[]): boolean {
  return status.length > 0 && status.every(s => s.cached === s.files)
}
