// A stand-in for @slidev/client in component tests: useSlideContext() with Slidev's own clicks
// context (createClicksContextBase), so a figure registers its clicks as it does in a deck.
// The real @slidev/client entry needs Slidev's virtual modules (#slidev/configs), which exist only in a Slidev app.
// Usage: vi.mock('@slidev/client', () => import('./slide-context')); mountAt(Figure, 2); then `clicks.value = 3`.
import { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
import type { ClicksContext } from '@slidev/types'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref, toRef, type Component } from 'vue'

/** The slide's click, as the route sets it. */
export const clicks = ref(0)
let context: ClicksContext = createClicksContextBase(clicks)

export function useSlideContext() {
  return { $clicksContext: context, $clicks: toRef(context, 'current') }
}

/** The clicks context of the slide mountAt made last: `.total` is what its figures registered. */
export function slideClicks(): ClicksContext {
  return context
}

/** Mounts `component` alone on a fresh slide at click `step`. */
export async function mountAt(component: Component, step: number, props: Record<string, unknown> = {}): Promise<VueWrapper> {
  clicks.value = step
  const slideContext = context = createClicksContextBase(clicks)
  const slide = defineComponent({
    setup() {
      slideContext.setup()
      return () => h(component, props)
    },
  })
  const wrapper = mount(slide)
  await nextTick()
  return wrapper
}

/** The text a sighted viewer sees: without hidden steps (.is-hidden) and screen-reader-only text. */
export function shownText(wrapper: VueWrapper, selector?: string): string {
  const element = (selector ? wrapper.get(selector).element : wrapper.element) as Element
  if (element.closest('.is-hidden, .sr-only')) return ''
  const root = element.cloneNode(true) as Element
  root.querySelectorAll('.is-hidden, .sr-only').forEach(el => el.remove())
  // Text nodes joined by a space: compiled templates put no whitespace between block elements.
  const texts: string[] = []
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '')
  return texts.join(' ').replace(/\s+/g, ' ').trim()
}

/** The screen-reader description of the current state. */
export function description(wrapper: VueWrapper): string {
  return wrapper.get('[data-testid="description"]').text()
}
