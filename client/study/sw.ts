// The course's one service worker (scope: the site base). Workbox's PrecacheController keeps one
// cache per group — the shell (landing page, fonts, search index, study scripts), each aula, the
// PDFs — with a revision per file, so a new build downloads only what changed and drops the rest.
// Install takes the shell plus every group this device already had; the page asks for more
// (`{ type: 'cache', groups }`): the aula being opened first, the rest when idle or on the button.
// A new worker waits until the page says `SKIP_WAITING` (the "Nova versão disponível" prompt):
// the old one keeps answering from its own entries, so old and new files never mix.
/// <reference lib="webworker" />
import { PrecacheController } from 'workbox-precaching'
import { cacheName, CACHE_PREFIX, precachedPath, SHELL, type GroupStatus, type PrecachePlan } from './precache-plan'

declare const self: ServiceWorkerGlobalScope
declare const __DD_PLAN__: PrecachePlan
const plan = __DD_PLAN__

const controllers = new Map(Object.entries(plan.groups).map(([group, entries]) => {
  const controller = new PrecacheController({ cacheName: cacheName(group) })
  controller.addToCacheList(entries)
  return [group, controller] as const
}))

// Which groups this device keeps, so the next version installs the same ones.
const STATE = cacheName('state')
const stateUrl = `${plan.base}__dd-groups.json`
async function keptGroups(): Promise<string[]> {
  const res = await (await caches.open(STATE)).match(stateUrl)
  return res ? await res.json() as string[] : []
}
async function keepGroups(groups: string[]): Promise<void> {
  await (await caches.open(STATE)).put(stateUrl, new Response(JSON.stringify([...new Set(groups)])))
}

const running = new Map<string, Promise<void>>()
/** Fills one group's cache. PrecacheController fills only under an install event: give it one. */
function installGroup(group: string, event: ExtendableEvent): Promise<void> {
  const controller = controllers.get(group)
  if (!controller) return Promise.resolve()
  if (event.type === 'install') return controller.install(event).then(() => {})
  let job = running.get(group)
  if (!job) {
    const asInstall = { type: 'install', waitUntil: () => {} } as unknown as ExtendableEvent
    job = controller.install(asInstall).then(async () => keepGroups([...await keptGroups(), group]))
      .finally(() => running.delete(group))
    running.set(group, job)
  }
  return job
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const groups = [SHELL, ...(await keptGroups())]
    for (const group of new Set(groups)) await installGroup(group, event)
  })())
})

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const controller of controllers.values()) await controller.activate(event)
    const known = new Set([...controllers.keys()].map(cacheName).concat(STATE))
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && !known.has(name)) await caches.delete(name)
    }
    await keepGroups((await keptGroups()).filter(g => controllers.has(g)).concat(SHELL))
    await self.clients.claim()
  })())
})

async function status(): Promise<GroupStatus[]> {
  return Promise.all([...controllers].map(async ([group, controller]) => {
    const cache = await caches.open(cacheName(group))
    const keys = controller.getCachedURLs()
    let cached = 0
    for (const url of keys) if (await cache.match(controller.getCacheKeyForURL(url)!)) cached++
    return { group, files: keys.length, cached, bytes: plan.bytes[group] ?? 0 }
  }))
}

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string, groups?: string[] | 'all' } | undefined
  const reply = (value: unknown) => event.ports[0]?.postMessage(value)
  if (data?.type === 'SKIP_WAITING') {
    void self.skipWaiting()
  }
  else if (data?.type === 'cache') {
    const groups = data.groups === 'all' ? [...controllers.keys()] : (data.groups ?? []).filter(g => controllers.has(g))
    event.waitUntil((async () => {
      try {
        for (const group of groups) await installGroup(group, event)
        reply({ ok: true, status: await status() })
      }
      catch (error) {
        reply({ ok: false, error: String(error) })
      }
    })())
  }
  else if (data?.type === 'status') {
    event.waitUntil(status().then(s => reply({ ok: true, status: s })))
  }
})

/** The group and cache key answering `path`, when some group precaches it. */
function lookup(path: string): { group: string, key: string } | undefined {
  const url = new URL(path, self.location.origin).href
  for (const [group, controller] of controllers) {
    const key = controller.getCacheKeyForURL(url)
    if (key) return { group, key }
  }
  return undefined
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  const path = precachedPath(url.pathname, plan.base, request.mode === 'navigate', p => lookup(p) !== undefined)
  if (!path) return
  const { group, key } = lookup(path)!
  event.respondWith((async () => {
    const hit = await (await caches.open(cacheName(group))).match(key)
    // Not cached yet: a deep link asks the host for the SPA itself (a static host may only have a 404 page for it).
    return hit ?? fetch(request.mode === 'navigate' && path !== url.pathname ? path : request)
  })())
})
