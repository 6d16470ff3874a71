import { defineVitePluginsSetup } from '@slidev/types'
import { slidevPtPlugin } from '#scripts/site/slidev-pt'
import { slimClientPlugin } from '#scripts/site/slim-client'

// Smaller first download for every deck: see scripts/site/slim-client.ts.
// Slidev's own interface strings in pt-BR: see scripts/site/slidev-pt.ts.
export default defineVitePluginsSetup(() => [slimClientPlugin(), slidevPtPlugin()])
