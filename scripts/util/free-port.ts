// Free TCP ports on 127.0.0.1, for servers started by tests and benchmarks.
import { createServer } from 'node:net'

/** `count` distinct ports free right now (all held open until each is known). */
export async function freePorts(count: number): Promise<number[]> {
  const probes = await Promise.all(Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => resolve(probe))
  })))
  const ports = probes.map(p => (p.address() as { port: number }).port)
  await Promise.all(probes.map(p => new Promise(resolve => p.close(resolve))))
  return ports
}

export const freePort = async () => (await freePorts(1))[0]
