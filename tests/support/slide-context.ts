// A stand-in for @slidev/client in component tests: useSlideContext() with a $clicks the test sets.
// The real module needs Slidev's virtual modules (#slidev/configs), which exist only in a Slidev app.
// Usage: vi.mock('@slidev/client', () => import('./slide-context')); then `clicks.value = 2`.
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick, ref, type Component } from 'vue'

export const clicks = ref(0)

export function useSlideContext() {
  return { $clicks: clicks }
}

/** Mounts `component` at click `step`. */
export async function mountAt(component: Component, step: number, props: Record<string, unknown> = {}): Promise<VueWrapper> {
  clicks.value = step
  const wrapper = mount(component, { props })
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
