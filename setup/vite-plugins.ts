import { defineVitePluginsSetup } from '@slidev/types'
import { slimClientPlugin } from '#scripts/site/slim-client'

// Smaller first download for every deck: see scripts/site/slim-client.ts.
export default defineVitePluginsSetup(() => [slimClientPlugin()])
