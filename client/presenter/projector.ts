// The presenter window tells the projector window (the play view of the same browser) to show or
// hide the join QR code full-screen, over a BroadcastChannel of its own: the projector is the
// lecturer's laptop, so no server round trip, and the students' devices never get it.

export interface ProjectorQrMessage {
  type: 'qr'
  show: boolean
  /** The students' address the QR code encodes. */
  url?: string
}

export const projectorChannelName = (room: string) => `dd-projetor:${room}`

export function isProjectorQrMessage(data: unknown): data is ProjectorQrMessage {
  const m = data as ProjectorQrMessage | undefined
  return !!m && m.type === 'qr' && typeof m.show === 'boolean' && (m.url === undefined || typeof m.url === 'string')
}
