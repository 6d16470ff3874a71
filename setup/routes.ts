import { defineRoutesSetup } from '@slidev/types'

// Slidev's production build has the print view only when `download` is true/'auto', and then
// `slidev build` also exports a PDF itself (a second browser, slowly). scripts/export/slides-pdf.ts
// prints that view from the built SPA instead, so the route is added whatever `download` says.
export default defineRoutesSetup((routes) => {
  if (routes.some(route => route.name === 'print')) return routes
  return [
    { name: 'print', path: '/print', component: () => import('@slidev/client/pages/print.vue') },
    ...routes,
  ]
})
