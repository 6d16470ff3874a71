import { defineAppSetup } from '@slidev/types'
import { installLive } from '#client/live/install'

// The live classroom (client/live/): only when the live server served this page.
export default defineAppSetup(({ router }) => installLive(router))
