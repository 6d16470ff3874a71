// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DdIcon from '../../components/DdIcon.vue'
import { icons } from '#client/figures/icons'

describe('DdIcon', () => {
  it('draws the named icon inline, hidden from screen readers, in the text colour', () => {
    const w = mount(DdIcon, { props: { name: 'lock' } })
    const svg = w.get('svg')
    expect(svg.attributes()).toMatchObject({ 'aria-hidden': 'true', 'viewBox': '0 0 32 32', 'fill': 'currentColor', 'data-icon': 'lock' })
    const d = /d="([^"]+)"/.exec(icons.lock)![1]
    expect(svg.get('path').attributes('d')).toBe(d)
  })
})
