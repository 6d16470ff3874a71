import { describe, expect, it } from 'vitest'
import { precachedPath } from '#client/study/precache-plan'

const cached = new Set(['/x/index.html', '/x/aula-3/index.html', '/x/aula-3/ler/index.html', '/x/aula-3/assets/a.js', '/x/pdf/aula-3.pdf'])
const has = (p: string) => cached.has(p)

describe('precachedPath', () => {
  it('answers files as they are and folders with their index.html', () => {
    expect(precachedPath('/x/aula-3/assets/a.js', '/x/', false, has)).toBe('/x/aula-3/assets/a.js')
    expect(precachedPath('/x/pdf/aula-3.pdf', '/x/', false, has)).toBe('/x/pdf/aula-3.pdf')
    expect(precachedPath('/x/', '/x/', true, has)).toBe('/x/index.html')
  })

  it('answers a deck\'s deep links with its SPA and the reader view with its page', () => {
    expect(precachedPath('/x/aula-3/7', '/x/', true, has)).toBe('/x/aula-3/index.html')
    expect(precachedPath('/x/aula-3/presenter/7', '/x/', true, has)).toBe('/x/aula-3/index.html')
    expect(precachedPath('/x/aula-3/ler/', '/x/', true, has)).toBe('/x/aula-3/ler/index.html')
    expect(precachedPath('/x/aula-3/ler', '/x/', true, has)).toBe('/x/aula-3/ler/index.html')
  })

  it('leaves alone what it does not hold, outside the base or not a navigation', () => {
    expect(precachedPath('/x/aula-3/7', '/x/', false, has)).toBeUndefined()
    expect(precachedPath('/y/aula-3/7', '/x/', true, has)).toBeUndefined()
    expect(precachedPath('/x/aula-9/1', '/x/', true, has)).toBeUndefined()
  })
})
