import { defineVitePluginsSetup } from '@slidev/types'
import { slimClientPlugin } from '../scripts/lib/slim-client'

// Smaller first download for every deck: see scripts/lib/slim-client.ts.
export default defineVitePluginsSetup(() => [slimClientPlugin()])
