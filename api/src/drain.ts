import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { RETRY_AFTER_SECONDS } from './common/unavailable'
import { sendErrors } from './http'

export type RequestTracker = {
  /** Call first for every request: false when the server is draining and the request has been refused. */
  admit(request: IncomingMessage, response: ServerResponse): boolean
  /**
   * Graceful stop: no new connections (the port closes), requests on kept-alive sockets answered 503 with
   * `Connection: close`, requests in flight finish and then close their socket, idle sockets close now. After
   * `graceMs` the remaining sockets are destroyed. Resolves true when every request finished in time.
   */
  drain(graceMs: number): Promise<boolean>
}

/** In-flight bookkeeping for one node:http server, for a drain on SIGTERM. */
export function trackRequests(server: Server): RequestTracker {
  const inFlight = new Set<ServerResponse>()
  let draining = false

  // Once a response is done its socket may sit idle in keep-alive; while draining it closes as soon as it is idle.
  const closeIdleSoon = () => setImmediate(() => server.closeIdleConnections())

  return {
    admit(_request, response) {
      if (draining) {
        response.setHeader('connection', 'close')
        response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        sendErrors(response, 503, [{ message: 'The server is restarting. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }])
        return false
      }
      inFlight.add(response)
      response.once('close', () => {
        inFlight.delete(response)
        if (draining) closeIdleSoon()
      })
      return true
    },

    async drain(graceMs) {
      draining = true
      // Responses not yet started end their connection; a client's next request then opens a new one elsewhere.
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close')
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      let timer: NodeJS.Timeout | undefined
      const expired = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))
      const drained = await Promise.race([closed.then(() => true), expired])
      clearTimeout(timer)
      if (!drained) {
        server.closeAllConnections()
        await closed
      }
      return drained
    },
  }
}
