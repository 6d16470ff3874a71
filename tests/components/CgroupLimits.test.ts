// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import CgroupLimits from '../../components/CgroupLimits.vue'
import { describeLimits, limits } from '#client/figures/cgroup-settings'
import { description, mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

describe('CgroupLimits', () => {
  it.each([0, 1, 2, 3, 4])('click %i: the whole command, with the limits explained so far highlighted', async (k) => {
    const w = await mountAt(CgroupLimits, k)
    expect(shownText(w, '.cg__cmd')).toBe('$ docker run --name web --cpus 0.5 --memory 256m \\ --device-read-bps /dev/sda:1mb nginx')
    expect(w.findAll('.cg__cmd .is-on').map(s => s.text())).toEqual(limits.slice(0, k).map(l => `${l.flag} ${l.value}`))
    limits.forEach((l, i) => {
      const card = shownText(w, `[data-testid="limit-${l.id}"]`)
      expect(card).toBe(i < k ? `${l.resource} ${l.meaning} ${l.file}: ${l.fileValue}` : '')
    })
    expect(shownText(w, '[data-testid="oom"]') !== '').toBe(k === 4)
    expect(description(w)).toBe(describeLimits(k))
  })

  it('past the memory limit: usage over the line, the OOM killer, exit code 137', async () => {
    const w = await mountAt(CgroupLimits, 999_999)
    expect(shownText(w, '[data-testid="oom"]')).toBe('limite 256 MiB OOM killer (host sem swap): processo morto, código 137')
    expect(description(w)).toMatch(/300 MiB.*sem swap.*OOM killer.*137/)
    const used = Number.parseFloat(w.get('.cg__over').attributes('style')!.match(/width: ([\d.]+)%/)![1])
    const limit = Number.parseFloat(w.get('.cg__ok').attributes('style')!.match(/width: ([\d.]+)%/)![1])
    expect(limit).toBeCloseTo(66.67, 1)
    expect(limit + used).toBeCloseTo(300 / (256 * 1.5) * 100, 1)
  })
})
