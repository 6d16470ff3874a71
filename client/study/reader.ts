// The reader view's script (/aula-N/ler/, written by scripts/site/reader.ts): "Copiar" buttons on
// the commands, the `/` search, offline study with this aula first. The page reads fine without it.
import { onSearchKey } from './keys'
import { startOffline } from './offline'
import { currentDeck, siteBase } from './site'

const base = siteBase()

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy!)?.textContent ?? ''
    const label = button.textContent
    try {
      await navigator.clipboard.writeText(code)
      button.textContent = 'Copiado'
    }
    catch {
      button.textContent = 'Não copiou'
    }
    setTimeout(() => { button.textContent = label }, 1600)
  })
}

const openSearch = () => void import('./search-dialog').then(m => m.openSearchDialog(base))
onSearchKey(openSearch)
document.getElementById('dd-ler-buscar')?.addEventListener('click', openSearch)
void startOffline({ base, deck: currentDeck(base) })
