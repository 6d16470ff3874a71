// Finds and launches Chromium: Playwright's own browser when installed, else $CHROMIUM_PATH or the
// system's Chromium. One place for the flags a sandboxed, offline machine needs.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type LaunchOptions } from 'playwright-chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export const NO_BROWSER_MESSAGE = [
  'Nenhum navegador Chromium encontrado para exportar ou testar.',
  'Escolha uma opção:',
  '  • com internet: npx playwright install chromium',
  '  • Debian/Ubuntu: sudo apt-get install chromium',
  '  • ou aponte para um Chromium/Chrome já instalado: CHROMIUM_PATH=/caminho/do/chrome npm run build',
].join('\n')

/**
 * The Chromium executable to use, or undefined when Playwright's own browser is installed
 * (Playwright then finds it itself). Throws with a how-to message when there is none.
 */
export function resolveChromiumPath(env = process.env, exists = existsSync): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} não existe.\n\n${NO_BROWSER_MESSAGE}`)
    return env.CHROMIUM_PATH
  }
  let bundled: string | undefined
  try {
    bundled = chromium.executablePath()
  }
  catch {}
  if (bundled && exists(bundled)) return undefined
  const system = SYSTEM_CANDIDATES.find(path => exists(path))
  if (system) return system
  throw new Error(NO_BROWSER_MESSAGE)
}

/** Same as resolveChromiumPath, but always a path (for tools like `slidev export` that need one). */
export function chromiumExecutable(): string {
  return resolveChromiumPath() ?? chromium.executablePath()
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: resolveChromiumPath(),
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  })
}
