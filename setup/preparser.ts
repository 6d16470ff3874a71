import { definePreparserSetup } from '@slidev/types'
import { withSharedHeadmatter } from '#course'

// A deck's headmatter is the frontmatter that carries `aula`; give it the course-wide defaults.
// The frontmatter object is changed in place; the slide's content is left as it is.
export default definePreparserSetup(() => [
  {
    async transformSlide(_content, frontmatter) {
      if (typeof frontmatter.aula === 'number') withSharedHeadmatter(frontmatter)
      return undefined
    },
  },
])
