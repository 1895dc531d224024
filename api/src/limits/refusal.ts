import type { ServerResponse } from 'node:http'
import { httpStatusOf, type ApiError } from '../common/errors'
import { sendErrors } from '../http'
import { writeLimitHeaders } from './headers'
import type { RequestLimits } from './request-limits'

/** A request refused before GraphQL ran (a spent budget, a refused caller), shaped as a GraphQL error response. */
export function sendRefusal(response: ServerResponse, error: ApiError, limits?: RequestLimits): void {
  if (limits) writeLimitHeaders(response, limits)
  for (const [name, value] of Object.entries(error.responseHeaders)) response.setHeader(name, value)
  response.setHeader('cache-control', 'no-store')
  sendErrors(response, httpStatusOf(error), [{ message: error.message, extensions: error.extensions }])
}
