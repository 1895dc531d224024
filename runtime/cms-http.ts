import { createServer } from 'node:http'
import next from 'next'
import { CLIENT_ADDRESS_HEADER } from '../cms/auth/client-address'
import { clientAddress, compileTrust, parseTrustProxy } from '../api/src/limits/client-address'
import { CMS_DIR } from './paths'

/**
 * The CMS's HTTP server: Next.js's request handler behind a node:http server that first names the client. `next
 * start` would do the rest the same, but a route handler there sees X-Forwarded-For as the client sent it and
 * never the socket's address, so a login lock keyed on it could be dodged by writing the header.
 * Usage: node --import tsx runtime/cms-http.ts <port> [--dev]
 */
const port = Number(process.argv[2] ?? 3000)
const dev = process.argv.includes('--dev')
const trust = compileTrust(parseTrustProxy(process.env.TRUST_PROXY ?? 'false'))

const app = next({ dev, dir: CMS_DIR, port })
await app.prepare()
const handle = app.getRequestHandler()
const server = createServer((request, response) => {
  // Replaces any value the client sent under this name.
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trust)
  void handle(request, response)
})
server.listen(port, () => {
  console.log(`The CMS listens on port ${port}`)
  // Payload starts on the first request, and with it the coordinator check cycle's timer (payload.config.ts onInit):
  // one request of its own, so that a CMS nobody visits after a restart still sends its checks. (Not Next.js's
  // instrumentation hook: Payload started there is another bundle's copy, whose errors the routes do not recognise.)
  void fetch(`http://127.0.0.1:${port}/api/access`).catch(() => undefined)
})

// Stops taking connections, lets the requests in flight finish, then leaves (as `next start` does on SIGTERM).
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
  })
}
