import { defineRoutesSetup } from '@slidev/types'
import type { RouteRecordRaw } from 'vue-router'

// Slidev's production build has the print view only when `download` is true/'auto', and then
// `slidev build` also exports a PDF itself (a second browser, slowly). scripts/export/slides-pdf.ts
// prints that view from the built SPA instead, so the route is added whatever `download` says.
//
// The presenter view is the project's own page (components/PresenterPage.vue), not Slidev's with
// its strings swapped: pacing, the room panel and a remembered notes size are new UI anyway, and
// Slidev's page is 600 lines of layout code we would patch on every upgrade. The route keeps
// Slidev's name and path (`presenter`, /presenter/:no), which Slidev's sync with the projector
// window and the live client (client/live/) key on. /controle is the phone remote.
export default defineRoutesSetup((routes) => {
  const out = routes.map(route => route.name === 'presenter'
    ? { ...route, component: () => import('../components/PresenterPage.vue') } as RouteRecordRaw
    : route)
  out.unshift({ name: 'controle', path: '/controle', component: () => import('../components/ControlePage.vue') })
  if (!out.some(route => route.name === 'print'))
    out.unshift({ name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') })
  return out
})
