// The landing page's study tools (markup from scripts/site/study-landing.ts): the course search,
// the offline status with the "Baixar para estudar sem internet" button, and the install button
// when the browser offers it (beforeinstallprompt).
import { allCached, startOffline } from './offline'
import { onSearchKey } from './keys'
import { attachSearch } from './search-ui'
import { siteBase } from './site'
import type { GroupStatus } from './precache-plan'

const base = siteBase()
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null

const input = $<HTMLInputElement>('dd-busca')
const results = $('dd-busca-resultados')
const searchStatus = $('dd-busca-status')
if (input && results && searchStatus) {
  attachSearch({ input, results, status: searchStatus }, base)
  $<HTMLFormElement>('dd-busca-form')?.addEventListener('submit', event => event.preventDefault())
  onSearchKey(() => {
    input.focus()
    input.select()
  })
}

const offlineBox = $('dd-offline')
const offlineStatus = $('dd-offline-status')
const download = $<HTMLButtonElement>('dd-offline-baixar')

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

function showStatus(status: GroupStatus[]) {
  if (!offlineStatus) return
  const total = status.reduce((n, s) => n + s.bytes, 0)
  if (allCached(status)) {
    offlineStatus.textContent = `Pronto: o curso inteiro (${megabytes(total)}) abre sem internet neste aparelho.`
    offlineBox?.setAttribute('data-state', 'pronto')
  }
  else {
    const done = status.filter(s => s.cached === s.files).length
    offlineStatus.textContent = `${done} de ${status.length} partes do curso guardadas para estudar sem internet.`
  }
}

void startOffline({ base, onStatus: showStatus }).then((offline) => {
  if (!offline || !offlineBox || !download) return
  offlineBox.hidden = false
  download.addEventListener('click', async () => {
    download.disabled = true
    if (offlineStatus) offlineStatus.textContent = 'Baixando as aulas e os PDFs…'
    try {
      showStatus(await offline.downloadAll())
    }
    catch {
      if (offlineStatus) offlineStatus.textContent = 'O download parou (sem conexão?). Tente de novo.'
    }
    download.disabled = false
  })
})

// Chromium offers installing the site as an app: show our own button for it.
interface InstallPrompt extends Event { prompt: () => Promise<void>, userChoice: Promise<{ outcome: string }> }
const install = $<HTMLButtonElement>('dd-instalar')
window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault()
  if (!install) return
  install.hidden = false
  install.onclick = async () => {
    await (event as InstallPrompt).prompt()
    const { outcome } = await (event as InstallPrompt).userChoice
    if (outcome === 'accepted') install.hidden = true
  }
})
window.addEventListener('appinstalled', () => { if (install) install.hidden = true })
