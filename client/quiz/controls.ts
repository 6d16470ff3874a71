// The presenter's buttons for the question on screen, as a rule of the round's phase:
//   idle (or another question in play) → Abrir votação; open → Encerrar votação;
//   closed after round 1 → Segunda rodada, Revelar resposta; closed after round 2 → Revelar resposta;
//   Recomeçar (the answers deleted: a rehearsal) whenever the question has begun.
import type { QuizAction, QuizState } from '#server/quiz/protocol'

export interface ControlButton {
  action: QuizAction
  label: string
  /** A secondary button (drawn apart, smaller). */
  secondary?: boolean
}

export function controlsFor(state: QuizState | null): ControlButton[] {
  const reset: ControlButton = { action: 'reset', label: 'Recomeçar', secondary: true }
  if (!state || state.phase === 'idle') return [{ action: 'open', label: 'Abrir votação' }]
  if (state.phase === 'open') return [{ action: 'close', label: 'Encerrar votação' }, reset]
  if (state.phase === 'closed') {
    const reveal: ControlButton = { action: 'reveal', label: 'Revelar resposta' }
    return state.round === 1 ? [{ action: 'open', label: 'Segunda rodada' }, reveal, reset] : [reveal, reset]
  }
  return [reset]
}

/** The results the live server serves to the presenter (q-server): CSV and Markdown. */
export function resultsLinks(room: string): Array<{ href: string, label: string }> {
  return [
    { href: `/__resultados/${room}.csv`, label: 'Resultados (CSV)' },
    { href: `/__resultados/${room}.md`, label: 'Resumo (Markdown)' },
  ]
}
