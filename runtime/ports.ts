import net from 'node:net'
import { StartupError } from './errors'

/** Fails with a clear message when something already listens on the port we are about to use. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new StartupError(
      `Port ${port} for ${what} is already in use.`,
      `Stop whatever listens there (perhaps an earlier "npm start"), or choose another port with ${variable}=<port>.`,
    )
  }
}

/** A port the operating system picked as free just now: for tests that run servers side by side. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
