// What the "Ao vivo" badge shows: a small reactive store the live client writes and
// components/LiveStatus.vue reads. It stays inactive (and the badge hidden) without a live server.
import { reactive } from 'vue'
import type { FollowStatus } from './follow'
import type { Position } from './position'

export interface LiveView {
  /** A live server is there and this deck joined (or is joining) its room. */
  active: boolean
  role?: 'presenter' | 'student'
  /** The view this window shows: the badge is for the play view (students) and the presenter view. */
  view: 'play' | 'presenter' | 'other'
  status: FollowStatus
  lecturer?: Position
  /** Students following, as the server counts them (presenter only). */
  students?: number
  /** The last move the server refused (presenter only), in Portuguese. */
  error?: string
}

export const liveView = reactive<LiveView>({ active: false, view: 'other', status: 'connecting' })

/** "Voltar ao vivo": the live client replaces this when it starts. */
export const liveActions = { backToLive: (): void => {} }
