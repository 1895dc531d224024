import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Registry } from 'prom-client'
import { errorKind, type Logger } from './logger'

export type MetricsServer = { port: number; close: () => Promise<void> }

/**
 * GET /metrics in Prometheus's text format, on its own port (API_METRICS_PORT), so that the public port never serves
 * it: the figures (operation names, pool sizes, outbox backlog) are for operators, and scraping must not count
 * against, or be refused by, the public API's limits.
 */
export async function startMetricsServer({ registry, port, host, log }: { registry: Registry; port: number; host: string; log: Logger }): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    const path = request.url?.split('?')[0]
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found. Metrics are at /metrics.\n')
      return
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(request.method === 'HEAD' ? undefined : text),
      (error: unknown) => {
        log.error({ kind: errorKind(error) }, 'metrics not collected')
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics could not be collected.\n')
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port
  log.info({ port: actualPort }, 'metrics listening')
  return {
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
