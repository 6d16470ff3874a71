// The internals, composables and state of @slidev/client that the Portuguese presenter page and the
// phone remote are built from (components/Presenter*.vue, components/Controle*.vue), typed for
// `npm run typecheck`; tsconfig `paths` sends every such import here (see slidev-client.d.ts for why).
import type { ClicksContext, SlideRoute } from '@slidev/types'
import type { ComputedRef, DefineComponent, Ref } from 'vue'

declare const component: DefineComponent<any>
export default component

export interface Nav {
  slides: Ref<SlideRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  currentSlideRoute: ComputedRef<SlideRoute>
  clicksContext: ComputedRef<ClicksContext>
  hasNext: ComputedRef<boolean>
  hasPrev: ComputedRef<boolean>
  nextRoute: ComputedRef<SlideRoute>
  next: () => Promise<void>
  prev: () => Promise<void>
  go: (no: number, clicks?: number) => Promise<void>
}
export function useNav(): Nav

export function useTimer(): {
  status: ComputedRef<'stopped' | 'running' | 'paused'>
  passed: ComputedRef<number>
  toggle: () => void
  reset: () => void
}

export function useDynamicSlideInfo(no: Ref<number> | ComputedRef<number>): { info: Ref<{ note?: string, noteHTML?: string } | null> }

export function createClicksContextBase(current: Ref<number>, clicksStart?: number, clicksTotalOverride?: number): ClicksContext

export function registerShortcuts(): void

export const presenterNotesFontSize: Ref<number>
export const showOverview: Ref<boolean>
export const isDark: Ref<boolean>
export function toggleDark(): void
export const configs: { title: string, duration?: string | number, [key: string]: unknown }
