// `npm run live` as a person starts it: no built site → a clear message and exit 1; otherwise the
// students' address, a QR code, the presenter's address and the generated secret, in Portuguese.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtureDist } from '../support/live'
import { freePort, spawnLive } from '../support/live-process'

const dir = mkdtempSync(join(tmpdir(), 'dd-live-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run live', () => {
  it('refuses to start without a built dist/, saying how to build it', async () => {
    const live = spawnLive([], { DIST_DIR: join(dir, 'nada'), LIVE_DB: join(dir, 'a.db') })
    expect(await live.exited).toBe(1)
    expect(live.output()).toMatch(/Não foi possível iniciar a aula ao vivo: .*Rode `npm run build`/)
  })

  it('prints the addresses, a QR code and the generated secret, which then logs in', async () => {
    const port = await freePort()
    const env = { DIST_DIR: fixtureDist, LIVE_DB: join(dir, 'b.db'), LIVE_PASSWORD: '' }
    const live = spawnLive(['--port', String(port)], env)
    try {
      const [, secret] = await live.waitFor(/gerada agora; defina LIVE_PASSWORD para escolher\): (\S+)/)
      const out = live.output()
      expect(out).toContain(`Alunos: http://localhost:${port}/`)
      expect(out).toContain(`Apresentador: http://localhost:${port}/aula-1/presenter/`)
      expect(out).toMatch(/[█▀▄]{20,}/)
      const res = await fetch(`http://127.0.0.1:${port}/entrar`, { method: 'POST', body: new URLSearchParams({ senha: secret, voltar: '/' }), redirect: 'manual' })
      expect(res.status).toBe(303)
    }
    finally {
      await live.stop()
    }
  })

  it('uses LIVE_PASSWORD and does not print it', async () => {
    const port = await freePort()
    const live = spawnLive(['--port', String(port)], { DIST_DIR: fixtureDist, LIVE_DB: join(dir, 'c.db'), LIVE_PASSWORD: 'minha-senha-da-aula' })
    try {
      await live.waitFor(/Senha do apresentador: a de LIVE_PASSWORD/)
      expect(live.output()).not.toContain('minha-senha-da-aula')
    }
    finally {
      await live.stop()
    }
  })
})
