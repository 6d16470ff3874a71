// `npm run live [-- --port N] [--host]`: the live classroom (server/): dist/ and Socket.IO on one origin.
import { runLive } from '#server/main'
import { distDir } from '#scripts/site/paths'
import { cliArgs } from '#scripts/util/cli-args'

const { values } = cliArgs('npm run live [-- --port N] [--host]', {
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'boolean', default: false },
  },
})
const port = Number(values.port ?? process.env.PORT ?? 4173)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Porta inválida: ${values.port}`)
  process.exit(1)
}
await runLive({ port, host: values.host, distDir: distDir() })
