// The only live code in every deck's main bundle: when the live server marked the page, a router
// guard that holds the first navigation until the room answered (so a student lands on the
// lecturer's slide, not on a slide ahead), then the lazily loaded client (controller.ts, with
// socket.io-client) decides. Without the marker nothing is loaded and no request is made.
import type { Router } from 'vue-router'
import type { LiveController } from './controller'
import { hasLiveMeta, roomFromBase } from './room'

export function installLive(router: Router, doc: Document = document, base = import.meta.env.BASE_URL): void {
  const room = roomFromBase(base)
  if (!hasLiveMeta(doc) || !room) return
  let controller: LiveController | undefined
  const loading = import('./controller')
    .then(({ createLiveController }) => (controller = createLiveController(router, room)).ready)
    .catch((error: unknown) => console.warn('Aula ao vivo indisponível:', error))

  router.beforeEach(async (to, from) => {
    if (!controller) await loading
    return controller ? controller.guard(to, from) : true
  })
  router.afterEach((to, _from, failure) => {
    if (!failure) controller?.afterEach(to)
  })
}
