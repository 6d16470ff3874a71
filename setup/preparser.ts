import { definePreparserSetup } from '@slidev/types'
import { withSharedHeadmatter } from '../course.config'

// A deck's headmatter is the frontmatter that carries `aula`; give it the course-wide defaults.
export default definePreparserSetup(() => [
  {
    transformSlide(_content, frontmatter) {
      if (typeof frontmatter.aula === 'number') withSharedHeadmatter(frontmatter)
      return undefined
    },
  },
])
