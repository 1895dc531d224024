import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet from 'helmet'

/**
 * helmet's headers for an API that answers JSON: no sniffing (nosniff), no framing, no referrer, and a content
 * security policy that lets a JSON or error answer load nothing. The explorer and the newsletter pages send their own
 * policy in writeHead, which takes precedence over these. HSTS is left to the TLS proxy, which knows whether the
 * public address is https.
 */
const helmetHeaders = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false,
})

/**
 * helmet's answer to the one question it asks, recorded once: with these options its headers are the same for every
 * request. Calling its middleware chain per request cost a CORS preflight about 15 % of its throughput in
 * `npm run bench` (P1: 15,000 → 17,300 req/s without it), for values that never change.
 */
const HEADERS: ReadonlyArray<readonly [string, string]> = (() => {
  const recorded: [string, string][] = []
  const recorder = { setHeader: (name: string, value: string) => void recorded.push([name, value]), removeHeader: () => undefined }
  helmetHeaders({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined)
  return recorded
})()

/**
 * Sets, before any route runs, what every answer carries: refusals while draining, preflights, errors and cached
 * hits included. `Cache-Control: no-store` unless the route says otherwise (cacheable query results and the
 * explorer's files do), so that no shared cache keeps an error or a personal answer.
 */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of HEADERS) response.setHeader(name, value)
  response.setHeader('cache-control', 'no-store')
}
