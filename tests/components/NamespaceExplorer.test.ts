// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import NamespaceExplorer from '../../components/NamespaceExplorer.vue'
import { namespacesOf, type NamespaceGroup } from '#client/figures/namespaces'
import { mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

const cases = (['classicos', 'demais'] as NamespaceGroup[]).flatMap(group => [0, 1, 2, 3, 4].map(k => [group, k] as const))

describe('NamespaceExplorer', () => {
  it.each(cases)('%s, click %i: every namespace with its kernel; host vs container for the first rows only', async (group, k) => {
    const w = await mountAt(NamespaceExplorer, k, { group })
    namespacesOf(group).forEach((ns, i) => {
      const row = shownText(w, `[data-testid="ns-${ns.id}"]`)
      expect(row).toContain(`${ns.id} ${ns.kernel} ${ns.isolates}`)
      expect(row).toContain(ns.isolates)
      if (i < k) expect(row).toContain(`${ns.host} ${ns.container}`)
      else expect(row).not.toContain(ns.host)
    })
    // The years and the details the cells leave out are in the description.
    expect(w.get('[data-testid="description"]').text()).toContain(`(${namespacesOf(group)[0].year})`)
    const current = w.findAll('tr.is-current')
    expect(current.map(r => r.attributes('data-testid'))).toEqual(k ? [`ns-${namespacesOf(group)[k - 1].id}`] : [])
  })

  it('shows PID 4321 outside and PID 1 inside; root is UID 0 outside unless remapped', async () => {
    const classic = await mountAt(NamespaceExplorer, 4, { group: 'classicos' })
    expect(shownText(classic, '[data-testid="ns-pid"]')).toBe('pid 2.6.24 IDs de processo nginx: PID 4321 nginx: PID 1')
    const more = await mountAt(NamespaceExplorer, 4, { group: 'demais' })
    expect(shownText(more, '[data-testid="ns-user"]')).toBe('user 3.8 UIDs e GIDs UID 0; com userns-remap ou rootless, 100000 root')
  })

  it('is a real table with headers, so screen readers can read it cell by cell', async () => {
    const w = await mountAt(NamespaceExplorer, 0, { group: 'classicos' })
    expect(w.findAll('thead th').map(th => th.text())).toEqual(['namespace', 'kernel', 'isola', 'host', 'contêiner'])
    expect(w.findAll('tbody th[scope="row"]')).toHaveLength(4)
    expect(w.get('caption').text()).toMatch(/Namespaces do Linux/)
  })
})
