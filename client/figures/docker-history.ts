// The events DockerTimeline shows, one more per click (sources: slides/FONTES.md, Aula 2 —
// [hykes-pycon], [infoweek-2013], [docker-0.9], [infoq-1.0], [oci-2015], [containerd-store]). Dates drive
// the labels and the "15 meses" between 0.1 and 1.0, so the two cannot disagree.

export interface EventDate {
  year: number
  /** 1-based. */
  month?: number
  day?: number
}

export interface HistoryEvent {
  id: string
  /** Undefined for "hoje". */
  date?: EventDate
  /** Shown instead of the date when set ("até 2013"). */
  dateText?: string
  title: string
  text: string
}

const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro']

export const DOCKER_0_1: EventDate = { year: 2013, month: 3 }
export const DOCKER_1_0: EventDate = { year: 2014, month: 6, day: 9 }

/** Whole calendar months from one date to another. */
export function monthsBetween(from: EventDate, to: EventDate): number {
  if (!from.month || !to.month) throw new Error('monthsBetween precisa de datas com mês')
  return (to.year - from.year) * 12 + (to.month - from.month)
}

export const MONTHS_TO_1_0 = monthsBetween(DOCKER_0_1, DOCKER_1_0)

/** Short texts: the slide carries at most ~50 words at its last click; the notes tell the story. */
export const dockerHistory: HistoryEvent[] = [
  { id: 'docker-0.1', date: DOCKER_0_1, title: 'Docker 0.1', text: 'código aberto' },
  { id: 'docker-inc', date: { year: 2013, month: 10 }, title: 'Docker, Inc.', text: 'novo nome da dotCloud' },
  { id: 'docker-0.9', date: { year: 2014, month: 3 }, title: 'Docker 0.9', text: 'LXC → libcontainer' },
  { id: 'docker-1.0', date: DOCKER_1_0, title: 'Docker 1.0', text: `estável, ${MONTHS_TO_1_0} meses depois` },
  { id: 'oci-runc', date: { year: 2015, month: 6 }, title: 'OCI e runc', text: 'libcontainer → runc' },
  { id: 'today', dateText: 'hoje', title: 'Engine 29', text: 'imagens no containerd' },
]

/** "março de 2013", "9 de junho de 2014", "2015", or the event's own text (what a screen reader hears). */
export function dateLabel(event: HistoryEvent): string {
  if (event.dateText) return event.dateText
  const { year, month, day } = event.date!
  if (!month) return String(year)
  const monthYear = `${MONTHS[month - 1]} de ${year}`
  return day ? `${day} de ${monthYear}` : monthYear
}

/** "mar. 2013", "9 jun. 2014", "2015", or the event's own text (what the slide shows). */
export function shortDateLabel(event: HistoryEvent): string {
  if (event.dateText) return event.dateText
  const { year, month, day } = event.date!
  if (!month) return String(year)
  const monthYear = `${MONTHS[month - 1].slice(0, 3)}. ${year}`
  return day ? `${day} ${monthYear}` : monthYear
}

/** Clicks of the timeline slide: the first event is on screen from the start, each click adds one. */
export const DOCKER_TIMELINE_STEPS = dockerHistory.length - 1

/** What a screen reader hears: every event shown so far. */
export function describeHistory(step: number): string {
  return dockerHistory.slice(0, step + 1).map(e => `${dateLabel(e)}: ${e.title}, ${e.text}.`).join(' ')
}
