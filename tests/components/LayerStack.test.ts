// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import IconEdit from '~icons/carbon/edit'
import IconLocked from '~icons/carbon/locked'
import LayerStack from '../../components/LayerStack.vue'
import { description, mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

describe('LayerStack', () => {
  it('click 0: the three image layers in a box that says read-only, no container layer, no union view', async () => {
    const w = await mountAt(LayerStack, 0)
    expect(shownText(w)).toBe([
      'imagem: somente leitura',
      'Camada 3 COPY index.html',
      'Camada 2 RUN nginx.conf index.nginx-debian.html',
      'Camada 1 FROM os-release',
    ].join(' '))
    // Meaning not by colour alone: a lock on the image's box, a pencil on the (still hidden) writable layer.
    expect(w.get('[data-testid="image"] > .ls__image-label').findAllComponents(IconLocked)).toHaveLength(1)
    expect(description(w)).toMatch(/Camada 2, RUN apt-get install -y nginx/)
    expect(w.get('[data-testid="layer-rw"]').findAllComponents(IconEdit)).toHaveLength(1)
    expect(w.get('[data-testid="layer-rw"] svg').attributes()).toMatchObject({ 'class': 'dd-icon', 'aria-hidden': 'true', 'viewBox': '0 0 32 32' })
    expect(description(w)).not.toMatch(/camada do contêiner/)
  })

  it('click 1: the empty writable layer of the container on top, marked "leitura e escrita"', async () => {
    const w = await mountAt(LayerStack, 1)
    expect(shownText(w)).toMatch(/^Camada do contêiner docker run leitura e escrita \(vazia\) imagem: somente leitura Camada 3/)
    expect(w.get('[data-testid="layer-rw"]').classes()).toContain('lc--rw')
    expect(w.get('[data-testid="union-view"]').classes()).toContain('is-hidden')
    expect(description(w)).toMatch(/camada do contêiner, de leitura e escrita, ainda vazia/)
  })

  it('click 2: the union mount lists every file with the layer it comes from', async () => {
    const w = await mountAt(LayerStack, 2)
    expect(shownText(w, '[data-testid="union-view"]')).toBe(
      'Union mount: o que o contêiner vê /etc/nginx/nginx.conf ← Camada 2 /etc/os-release ← Camada 1 /var/www/html/index.html ← Camada 3 /var/www/html/index.nginx-debian.html ← Camada 2',
    )
    expect(w.findAll('.is-hidden')).toHaveLength(0)
    expect(description(w)).toMatch(/\/var\/www\/html\/index\.html vem da Camada 3/)
  })
})
