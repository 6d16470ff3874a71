// The slice of @slidev/client this project calls, typed for `npm run typecheck` (tsconfig `paths`).
// @slidev/client ships raw sources that only type-check inside Slidev's own repo (its build-time
// globals and route-meta augmentation are not published); runtime and tests use the real package.
import type { Ref } from 'vue'

export interface SlideContext {
  $clicks: Ref<number>
  $page: Ref<number>
  $slidev: {
    configs: Record<string, unknown>
    nav: { total: number, currentPage: number }
  }
  $frontmatter: Record<string, unknown>
  $renderContext: Ref<string>
}

export function useSlideContext(): SlideContext
