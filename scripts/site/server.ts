// A local HTTP server for a built site (see dist-handler.ts), on a free loopback port by default.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDistHandler, type DistHandlerOptions } from './dist-handler'

export function createSiteServer(dir: string, options: DistHandlerOptions = {}): Server {
  const handler = createDistHandler(dir, options)
  return createServer((req, res) => handler(req, res))
}

/** Starts the server on a free loopback port (or the one given); resolves with its URL. */
export async function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`
}
