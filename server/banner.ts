// What `npm run live` prints: where students go (with a QR code of it), where the presenter logs
// in, and the secret when the server made one up.
import { networkInterfaces } from 'node:os'
import { renderUnicodeCompact } from 'uqr'

/** Every IPv4 address of this machine on a network (not loopback). */
export function lanAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces).flat()
    .filter(info => !!info && info.family === 'IPv4' && !info.internal)
    .map(info => info!.address)
}

export interface BannerOptions {
  port: number
  /** Listening on the network (--host), or only on this machine. */
  lan: boolean
  decks: string[]
  /** Shown only when generated: a secret from LIVE_PASSWORD is the lecturer's own. */
  generatedSecret?: string
  storage: string
  /** The live questions' line (how many, or why none). */
  questions?: string
  addresses?: string[]
}

export function renderBanner({ port, lan, decks, generatedSecret, storage, questions, addresses = lanAddresses() }: BannerOptions): string {
  const local = `http://localhost:${port}`
  const studentUrls = lan && addresses.length > 0 ? addresses.map(a => `http://${a}:${port}/`) : [`${local}/`]
  const lines = [
    'Aula ao vivo no ar.',
    '',
    `Alunos: ${studentUrls.join('  ')}`,
    lan ? '' : '  (só nesta máquina; use `npm run live -- --host` para a rede da sala)',
    renderUnicodeCompact(studentUrls[0], { border: 1 }),
    `Apresentador: ${local}/${decks[0]}/presenter/ (pede a senha)`,
    `Aulas: ${decks.join(', ')}`,
    generatedSecret
      ? `Senha do apresentador (gerada agora; defina LIVE_PASSWORD para escolher): ${generatedSecret}`
      : 'Senha do apresentador: a de LIVE_PASSWORD.',
    ...(questions ? [questions] : []),
    `Estado das salas: ${storage}`,
  ]
  return lines.filter((line, i) => line !== '' || i === 1).join('\n')
}
