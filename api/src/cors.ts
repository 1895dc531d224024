import type { IncomingMessage, ServerResponse } from 'node:http'
import cors from 'cors'

/** API_CORS_ORIGINS: every origin (`*`, the default), or only these (`scheme://host[:port]`, as browsers send Origin). */
export type CorsOrigins = '*' | readonly string[]

/**
 * Request headers a browser page may send: the JSON content type and Apollo's CSRF headers, `Authorization` for
 * partner keys, the language, conditional requests, Apollo Client's client-awareness headers and W3C trace
 * context (OpenTelemetry's browser instrumentation adds it), and a page's own request id (X-Request-Id).
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
  'x-request-id',
]

/** Response headers a page may read besides the safelisted ones (Cache-Control, Content-Type, …). */
const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Cache', 'X-Request-Id']

/** Chromium caps a preflight's lifetime at two hours (Firefox at a day): one preflight per page and two hours. */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200

/**
 * CORS for the public API (/graphql), by the `cors` package (expressjs/cors, which Apollo Server itself depends on):
 * any allowed origin may read every answer, cached hits and errors (413, 429, 503) included, because the headers are
 * written before the request is routed. Never with credentials: the API sets no cookies, and
 * `Access-Control-Allow-Credentials` is never sent, so a browser never attaches a user's cookies or HTTP
 * authentication to these requests. An origin not on the list gets no `Access-Control-Allow-Origin`, so the browser
 * refuses it the response, and its preflight fails, so the request itself is never sent. Apollo's CSRF prevention
 * still runs for everything but the preflight (see the README's "Browsers (CORS)").
 *
 * The handler returns true when it answered the request itself (a preflight, `OPTIONS`, 204).
 */
export function corsHandler(origins: CorsOrigins): (request: IncomingMessage, response: ServerResponse) => boolean {
  const middleware = cors({
    // With a list the answer depends on Origin: the package then adds `Vary: Origin` for shared caches.
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    credentials: false,
    optionsSuccessStatus: 204,
  })
  return (request, response) => {
    // With static options the middleware decides synchronously: it calls `next` or it has ended the preflight.
    let passedOn = false
    middleware(request, response, () => {
      passedOn = true
    })
    return !passedOn
  }
}
