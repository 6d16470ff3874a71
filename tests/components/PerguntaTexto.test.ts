// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import PerguntaTexto from '../../components/PerguntaTexto.vue'

describe('PerguntaTexto', () => {
  it('draws inline code, bold and italics with the text around them as written (no space before a comma)', () => {
    const w = mount(() => h('p', h(PerguntaTexto, { text: 'O `runc`, que **cria** o *processo*.' })))
    expect(w.element.textContent).toBe('O runc, que cria o processo.')
    expect(w.element.innerHTML).toContain('O <code>runc</code>, que <strong>cria</strong> o <em>processo</em>.')
  })
})
