// Slidev's window sync (the presenter view and the projector window of one browser keep each
// other's slide and click over a BroadcastChannel), with the rules of window-report.ts: Slidev's
// own transport (state/syncState.ts, its public `disableBuiltinSync` / `addSyncMethod`) is turned
// off and this one, the same mechanics on channels of its own names, takes its place. Without
// it, a freshly opened projector or phone remote pulled the presenter view, and through the live
// client (client/live/) the whole room, back to where that window had not been yet.
// Called from setup/root.ts: before Slidev creates its channels, inside the app (useNav).
import { toRaw } from 'vue'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { sharedState } from '@slidev/client/state/shared.ts'
import { addSyncMethod, disableBuiltinSync } from '@slidev/client/state/syncState.ts'
import { changedPart, openingStep, positionReport, snapshot, type Opening } from './window-report'

const CHANNEL_PREFIX = 'dd-janelas:'
/** Sent with every report of the navigation state: where this window is. */
const POSITION_KEYS = ['page', 'clicks', 'clicksTotal', 'lastUpdate'] as const

export function installWindowSync(): void {
  // `slidev dev` syncs the windows through its own server instead: left as Slidev has it.
  if (__SLIDEV_HAS_SERVER__) return
  const { hasPrimarySlide, clicksContext, queryClicks, isPresenter } = useNav()
  let opening: Opening = { moved: false }
  const view = () => ({
    showsSlide: hasPrimarySlide.value,
    slideMounted: clicksContext.value.isMounted,
    routeClicks: Math.max(queryClicks.value, clicksContext.value.clicksStart),
  })

  disableBuiltinSync()
  addSyncMethod({
    init(channelKey, onUpdate, state, persist) {
      // Kept in localStorage (drawings with `persist`): Slidev's disabled transport still reads it back.
      if (persist) {
        return (now, updating) => {
          if (!updating) localStorage.setItem(channelKey, JSON.stringify(now))
        }
      }
      const isNavigation = toRaw(state) === toRaw(sharedState)
      const channel = new BroadcastChannel(CHANNEL_PREFIX + channelKey)
      channel.addEventListener('message', (event: MessageEvent) => onUpdate(event.data))
      let known = snapshot(toRaw(state))
      return (now, updating) => {
        // A state heard from another window: known, not sent back. A play window that has heard
        // where the presenter view is reports its moves from then on, wherever it opened.
        if (updating) {
          known = snapshot(now)
          if (isNavigation) opening = { ...opening, moved: true }
          return
        }
        if (isNavigation) {
          const report = positionReport(view(), (now as typeof sharedState).clicks)
          if (report.kind === 'hold') return
          // The change runs this write again, with the clicks the window is really at.
          if (report.kind === 'fix') return void (sharedState.clicks = report.clicks)
          if (!isPresenter.value) {
            const step = openingStep(opening, `${sharedState.page}:${sharedState.clicks}`)
            opening = step.opening
            if (step.hold) return
          }
        }
        const part = changedPart(known, now, isNavigation ? POSITION_KEYS : [])
        known = snapshot(now)
        if (part) channel.postMessage(part)
      }
    },
  })
}
