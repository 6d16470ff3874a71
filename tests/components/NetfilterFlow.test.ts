// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import IconBox from '~icons/carbon/box'
import NetfilterFlow from '../../components/NetfilterFlow.vue'
import { describeHops, hops } from '#client/figures/netfilter-hops'
import { description, mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

describe('NetfilterFlow', () => {
  it.each([0, 1, 2, 3, 4, 5])('click %i: the hops so far, the packet at the newest one', async (k) => {
    const w = await mountAt(NetfilterFlow, k)
    const shown = hops.filter(h => shownText(w, `[data-testid="hop-${h.id}"]`) !== '').map(h => h.id)
    expect(shown).toEqual(hops.slice(0, k + 1).map(h => h.id))
    expect(w.findAll('li.is-current').map(li => li.attributes('data-testid'))).toEqual([`hop-${hops[k].id}`])
    expect(w.get(`[data-testid="hop-${hops[k].id}"]`).findComponent(IconBox).exists()).toBe(true)
    expect(shownText(w, '[data-testid="packet"]')).toBe(`pacote agora: ${hops[k].packet.src} → ${hops[k].packet.dst}`)
    expect(description(w)).toBe(describeHops(k))
  })

  it('rewrites the destination at DNAT in chain DOCKER and shows the reply from host:8080', async () => {
    const dnat = await mountAt(NetfilterFlow, 2)
    expect(shownText(dnat, '[data-testid="hop-dnat"]')).toBe('DOCKER (nat) DNAT tcp dpt:8080 ✎ → 172.17.0.2:80')
    expect(shownText(dnat, '[data-testid="packet"]')).toBe('pacote agora: 198.51.100.7:51234 → 172.17.0.2:80')
    const back = await mountAt(NetfilterFlow, 999_999)
    expect(shownText(back, '[data-testid="hop-volta"]')).toBe('volta (conntrack) DNAT desfeito ✎ de 203.0.113.10:8080')
    expect(back.findAll('.is-hidden')).toHaveLength(0)
  })
})
