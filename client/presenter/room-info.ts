// The room panel's address for the students, from the live server (GET /__sala/<aula>: it knows the
// LAN addresses); falls back to this page's own origin.
import type { RoomInfo } from '#server/room-info'

export async function fetchStudentUrl(room: string, fetcher: typeof fetch = fetch, origin = location.origin): Promise<string> {
  try {
    const res = await fetcher(`/__sala/${room}`, { credentials: 'same-origin' })
    if (res.ok) {
      const info = await res.json() as RoomInfo
      if (Array.isArray(info.alunos) && typeof info.alunos[0] === 'string') return info.alunos[0]
    }
  }
  catch {
    // Offline or no live server: this page's origin is the next best guess.
  }
  return `${origin}/${room}/`
}
