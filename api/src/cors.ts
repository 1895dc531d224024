import type { IncomingMessage, ServerResponse } from 'node:http'
import { appendVary } from './http'

/** API_CORS_ORIGINS: every origin (`*`, the default), or only these (`scheme://host[:port]`, as browsers send Origin). */
export type CorsOrigins = '*' | readonly string[]

/**
 * Request headers a browser page may send: the JSON content type and Apollo's CSRF headers, `Authorization` for
 * partner keys, the language, conditional requests, Apollo Client's client-awareness headers and W3C trace
 * context (OpenTelemetry's browser instrumentation adds it).
 */
const ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'accept-language',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'if-none-match',
  'traceparent',
  'tracestate',
].join(', ')

/** Response headers a page may read besides the safelisted ones (Cache-Control, Content-Type, …). */
const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Cache'].join(', ')

/** Chromium caps a preflight's lifetime at two hours (Firefox at a day): one preflight per page and two hours. */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200

/**
 * CORS for the public API (/graphql): any allowed origin may read every answer, cached hits and errors (413, 429,
 * 503) included, because the headers are written before the request is routed. Never with credentials: the API
 * sets no cookies, and `Access-Control-Allow-Credentials` is never sent, so a browser never attaches a user's
 * cookies or HTTP authentication to these requests. An origin not on the list gets no CORS headers at all, so the
 * browser refuses it the response, and its preflight fails, so the request itself is never sent. Apollo's CSRF
 * prevention still runs for everything but the preflight (see the README's "Browsers (CORS)").
 *
 * Returns true when it answered the request (a preflight, `OPTIONS`, 204).
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, origins: CorsOrigins): boolean {
  const origin = request.headers.origin
  let allowed: string | undefined
  if (origins === '*') allowed = '*'
  else {
    // The answer depends on Origin: shared caches must keep one per origin.
    appendVary(response, 'origin')
    if (origin && origins.includes(origin)) allowed = origin
  }
  if (allowed) {
    response.setHeader('access-control-allow-origin', allowed)
    response.setHeader('access-control-expose-headers', EXPOSED_HEADERS)
  }
  if (request.method !== 'OPTIONS') return false
  if (allowed && request.headers['access-control-request-method']) {
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
    response.setHeader('access-control-allow-headers', ALLOWED_HEADERS)
    response.setHeader('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS))
  }
  response.writeHead(204, { allow: 'GET, POST, OPTIONS' })
  response.end()
  return true
}
