import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from './logger'
import type { RequestMetrics } from './metrics'
import { REQUEST_ID_HEADER, requestIdOf } from './request-id'
import { RequestRecord } from './request-record'

/** Called first for every request: gives it its id (answered in `X-Request-Id`) and logs it once it is done. */
export type RequestObserver = (request: IncomingMessage, response: ServerResponse) => RequestRecord

/** How a request ended, for the `outcome` label: by status, with a 200 carrying GraphQL errors told apart. */
export type Outcome = 'ok' | 'partial' | 'client_error' | 'rate_limited' | 'unavailable' | 'server_error' | 'aborted'

/**
 * One access log line per request (`msg: "request"`), answered CORS preflights aside: method, path, operation,
 * status, duration, cache result and the request id. The path is logged only for the API's own routes (anything else is `(other)`), so that nothing a
 * client puts in a URL (an address, a token in a query string) reaches the log; the client's IP is not logged.
 */
export function observeRequests(log: Logger, metrics?: RequestMetrics): RequestObserver {
  const finish = (request: IncomingMessage, response: ServerResponse, record: RequestRecord) => {
    const durationMs = performance.now() - record.started
    const finished = response.writableFinished
    const status = response.statusCode
    const outcome = finished ? outcomeOf(status, record) : 'aborted'
    metrics?.observe(record, outcome, durationMs / 1000)
    // An answered preflight (OPTIONS, 204) is counted, not logged: it carries no operation and nothing the caller did,
    // and its line was a quarter of its cost (bench P1: 16,100 → 21,400 req/s without it). A refused one is logged.
    if (!log.isLevelEnabled('info') || (status === 204 && request.method === 'OPTIONS')) return
    log.info(
      {
        requestId: record.id,
        method: request.method,
        path: loggedPath(request.url),
        operation: record.operation,
        status,
        outcome,
        durationMs: Math.round(durationMs * 10) / 10,
        cache: record.cache,
        refusedPolicy: record.refusedPolicy,
        errorCodes: record.errorCodes,
        errorIds: record.errorIds,
      },
      'request',
    )
  }
  return (request, response) => {
    const record = new RequestRecord(requestIdOf(request.headers[REQUEST_ID_HEADER]), performance.now())
    response.setHeader(REQUEST_ID_HEADER, record.id)
    response.once('close', () => finish(request, response, record))
    return record
  }
}

function outcomeOf(status: number, record: RequestRecord): Outcome {
  if (status === 429) return 'rate_limited'
  if (status === 503) return 'unavailable'
  if (status >= 500) return 'server_error'
  if (status >= 400) return 'client_error'
  return record.errorCodes ? 'partial' : 'ok'
}

const OWN_PATHS = new Set(['/graphql', '/health/live', '/health/ready', '/', '/hsds', '/hsds/'])
/**
 * The newsletter's pages, its archive's issues (public slugs), the explorer's files, the HSDS records (public UUIDs)
 * and the contact files: letters, digits, `._-` only.
 */
const OWN_PREFIXES = /^\/(?:newsletter|newsletter\/issues|graphql\/explorer|hsds|hsds\/(?:services|organizations)|contacts|contacts\/coordinators)\/[A-Za-z0-9._-]{1,80}$/

function loggedPath(url: string | undefined): string {
  const query = url?.indexOf('?') ?? -1
  const path = url === undefined ? '/' : query >= 0 ? url.slice(0, query) : url
  return OWN_PATHS.has(path) || OWN_PREFIXES.test(path) ? path : '(other)'
}
