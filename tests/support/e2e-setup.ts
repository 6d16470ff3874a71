// Builds the whole site once for every end-to-end test. `E2E_REUSE_BUILD=1` reuses an existing
// dist/ (handy while writing tests); CI always builds fresh.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '#scripts/site/decks'
import { distDir } from '#scripts/site/paths'

export default function setup() {
  if (process.env.E2E_REUSE_BUILD && existsSync(join(distDir(), 'index.html'))) return
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/cli/build.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    // The full site whatever the caller's environment says (NOTES=off / PDF=off would drop parts the tests read).
    env: { ...process.env, BASE: '/', NOTES: 'on', PDF: 'on', LINT: 'on' },
  })
}
