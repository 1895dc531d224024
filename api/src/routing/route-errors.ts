import { describeSafely, ServiceUnavailableError } from '../common/errors'
import { isUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '../common/unavailable'
import { BodyTooLargeError, sendErrors } from '../http'
import { errorKind, type Logger } from '../observability/logger'
import type { RouteCall } from './route-table'

/**
 * The HTTP answer to an error a route threw (GraphQL's own errors are answered by Apollo's formatError instead):
 * 413 for a body over the limit, 503 with Retry-After while the database is away, else 500. Each names the request
 * (`extensions.requestId`, also in the log line); no answer carries the error's message, which may hold personal data.
 */
export function answerRouteError(error: unknown, { response, url, record }: RouteCall, log: Logger): void {
  if (response.headersSent) return void response.destroy()
  if (error instanceof BodyTooLargeError) return sendErrors(response, 413, [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }])
  if (isUnavailable(error)) {
    log.warn({ requestId: record.id, route: url.pathname, kind: describeSafely(error).kind }, 'database unavailable')
    response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
    return sendErrors(response, 503, [{ message: UNAVAILABLE_MESSAGE, extensions: new ServiceUnavailableError().extensions }])
  }
  log.error({ requestId: record.id, kind: errorKind(error) }, 'request failed')
  sendErrors(response, 500, [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])
}
