import { defineRootSetup } from '@slidev/types'
import { installWindowSync } from '#client/presenter/window-sync'

// The presenter's windows (presenter view, projector, phone remote in one browser) keep each
// other's position without pulling one another back (client/presenter/window-sync.ts).
export default defineRootSetup(() => installWindowSync())
