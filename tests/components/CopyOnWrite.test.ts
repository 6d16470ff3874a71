// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import IconLocked from '~icons/carbon/locked'
import CopyOnWrite from '../../components/CopyOnWrite.vue'
import { description, mountAt, shownText } from '../support/slide-context'

vi.mock('@slidev/client', () => import('../support/slide-context'))

const layer = (id: string) => `[data-testid="layer-${id}"]`

describe('CopyOnWrite', () => {
  it('click 0: the image layers and an empty container layer, no operation yet', async () => {
    const w = await mountAt(CopyOnWrite, 0)
    expect(shownText(w, layer('rw'))).toBe('Camada do contêiner leitura e escrita (vazia)')
    // The image layers say "somente leitura" once, on the box around them (with a lock, not only by colour).
    expect(shownText(w, '[data-testid="image"]')).toMatch(/^imagem: somente leitura Camada 3 index\.html Camada 2/)
    expect(w.get('[data-testid="image"]').findAllComponents(IconLocked)).toHaveLength(1)
    expect(shownText(w, layer('l2'))).toBe('Camada 2 nginx.conf index.nginx-debian.html')
    expect(w.get(`${layer('l2')} [data-testid="file-visible"]`).attributes('title')).toBe('/etc/nginx/nginx.conf')
    expect(w.findAll('[data-testid="note"]')).toHaveLength(0)
    expect(shownText(w, '.cow__log')).toBe('')
  })

  it('click 1: reading checks the layers from the top and finds nginx.conf in layer 2', async () => {
    const w = await mountAt(CopyOnWrite, 1)
    expect(shownText(w, layer('rw'))).toContain('1º ✗ não tem')
    expect(shownText(w, layer('l3'))).toContain('2º ✗ não tem')
    expect(shownText(w, layer('l2'))).toContain('3º ✔ achou')
    expect(w.find(`${layer('l1')} [data-testid="note"]`).exists()).toBe(false)
    expect(w.get(`${layer('l2')} .is-focus`).text()).toBe('nginx.conf')
    expect(shownText(w, '.cow__log')).toBe('$ cat /etc/nginx/nginx.conf leitura, sem cópia')
    expect(description(w)).toContain('Lido da Camada 2: a busca vai de cima para baixo.')
  })

  it('click 2: writing our page copies it up; layer 3 keeps the original, now covered', async () => {
    const w = await mountAt(CopyOnWrite, 2)
    expect(shownText(w, layer('rw'))).toBe('Camada do contêiner leitura e escrita ↑ cópia alterada index.html')
    expect(shownText(w, layer('l3'))).toBe('Camada 3 ✔ original intacto index.html (encoberto)')
    expect(shownText(w, '[data-testid="op-write"]')).toBe(`$ echo '<p>editado</p>' >> /var/www/html/index.html copy-up`)
    expect(w.get('[data-testid="op-delete"]').classes()).toContain('is-hidden')
  })

  it('click 3 (and the PDF): deleting leaves a whiteout; all three operations stay listed', async () => {
    const w = await mountAt(CopyOnWrite, 999_999)
    expect(shownText(w, layer('rw'))).toBe('Camada do contêiner leitura e escrita ⊘ whiteout index.html ⊘ index.nginx-debian.html')
    expect(shownText(w, layer('l2'))).toBe('Camada 2 ✔ continua aqui nginx.conf index.nginx-debian.html (encoberto)')
    expect(shownText(w, layer('l3'))).toBe('Camada 3 index.html (encoberto)')
    expect(shownText(w, '.cow__log')).toMatch(/leitura, sem cópia .*copy-up .*whiteout$/)
    expect(w.findAll('.is-hidden')).toHaveLength(0)
    expect(description(w)).toMatch(/cat .*Lido da Camada 2.*Copy-up.*Whiteout/)
  })
})
