// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import DockerTimeline from '../../components/DockerTimeline.vue'
import { DOCKER_TIMELINE_STEPS, describeHistory, dockerHistory } from '#client/figures/docker-history'
import { description, mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

describe('DockerTimeline', () => {
  it.each(Array.from({ length: DOCKER_TIMELINE_STEPS + 1 }, (_, k) => k))('click %i shows the first events up to that one, the newest marked', async (k) => {
    const w = await mountAt(DockerTimeline, k)
    const shown = dockerHistory.filter(e => shownText(w, `[data-testid="event-${e.id}"]`) !== '')
    expect(shown.map(e => e.id)).toEqual(dockerHistory.slice(0, k + 1).map(e => e.id))
    expect(w.findAll('.is-current').map(li => li.attributes('data-testid'))).toEqual([`event-${dockerHistory[k].id}`])
    expect(description(w)).toBe(describeHistory(k))
  })

  it('starts with Docker 0.1 and ends, in the export, with every event, the 15 months and at most 50 words with the title', async () => {
    const first = await mountAt(DockerTimeline, 0)
    expect(shownText(first)).toBe('mar. 2013 Docker 0.1 — código aberto')
    const last = await mountAt(DockerTimeline, 999_999)
    const text = shownText(last)
    expect(text).toContain('9 jun. 2014 Docker 1.0 — estável, 15 meses depois')
    expect(text).toContain('jun. 2015 OCI e runc — libcontainer → runc')
    expect(text).toContain('hoje Engine 29 — imagens no containerd')
    const words = text.split(/\s+/).filter(t => /[\p{L}\p{N}]/u.test(t))
    expect(words.length + 'Da dotCloud ao Docker de hoje'.split(' ').length).toBeLessThanOrEqual(50)
  })
})
