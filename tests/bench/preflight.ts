import { PREFLIGHT_MAX_AGE_SECONDS } from '../../api/src/cors'
import { asciiLength } from './load'
import type { Target, TargetId } from './targets'
import type { Cell, MeasuredOperation } from './verify'

/** The origin of the page that asks: our API allows every origin by default, the bench's CMS lists this one. */
export const PREFLIGHT_ORIGIN = 'https://www.example.org'

export const P1: MeasuredOperation = { id: 'P1', title: 'CORS preflight for a POST from another origin' }

/** What Chromium sends before a page's `fetch()` POSTs JSON to another origin. */
const PREFLIGHT_REQUEST = { origin: PREFLIGHT_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }

/** The answer a browser needs before it sends the POST; under load every response must repeat the verified values. */
const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers']

/** The statuses a valid preflight may have: Payload answers its preflights 200 with `{}`, a browser accepts any 2xx. */
const PLAN: [TargetId, readonly number[]][] = [
  ['bare', [204]],
  ['api', [204]],
  ['api-cached', [204]],
  ['payload', [200, 204]],
]

const PAYLOAD_COMPARED =
  "OPTIONS /api/graphql through Next.js and Payload's REST_OPTIONS handler: 200 with `{}`, the origin echoed from " +
  'CMS_ALLOWED_ORIGINS with Allow-Credentials, no Max-Age (so a browser asks again after 5 s).'

/** Headers node:http writes itself, per connection or per answer: not part of what the API chose to answer. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

/**
 * The headers our API answers a preflight with (CORS, X-Request-Id, the security headers), for the bare server to
 * answer with the same bytes: P1 then compares the work behind the answer, not the size of its headers, which the
 * load generator parses on the same two cores (as Q1's bare server serves the API's own body).
 */
export async function preflightHeadersOf(url: string): Promise<Record<string, string>> {
  const response = await fetch(url, { method: 'OPTIONS', headers: PREFLIGHT_REQUEST })
  await response.arrayBuffer()
  return Object.fromEntries([...response.headers].filter(([name]) => !TRANSPORT_HEADERS.has(name)))
}

/**
 * Sends the preflight once to every target and checks what a browser checks: the status, Allow-Origin for the
 * origin sent (or `*`), POST among the methods and content-type among the headers; on our API also its Max-Age.
 * The cached API process answers OPTIONS before its cache, with the same code: no row of its own.
 */
export async function verifyPreflights(targets: Map<TargetId, Target>): Promise<Cell[]> {
  const cells: Cell[] = []
  for (const [id, statuses] of PLAN) {
    const target = targets.get(id)
    if (!target) continue
    const skip = (note: string) => cells.push({ op: P1, target, spec: null, bytes: null, singleMs: null, note })
    if (!target.url) {
      skip(target.unavailable ?? 'not available')
      continue
    }
    if (id === 'api-cached') {
      skip('n/a (OPTIONS is answered before the cache, by the same code as uncached)')
      continue
    }
    const started = performance.now()
    const response = await fetch(target.url, { method: 'OPTIONS', headers: PREFLIGHT_REQUEST, signal: AbortSignal.timeout(120_000) })
    const text = await response.text()
    const ms = performance.now() - started
    const problem = preflightProblem(response, statuses, id === 'api')
    if (problem) throw new Error(`P1 on ${target.label}: ${problem}. Response ${response.status}: ${text.slice(0, 300)}`)
    cells.push({
      op: P1,
      target,
      spec: {
        url: target.url,
        method: 'OPTIONS',
        body: null,
        headers: PREFLIGHT_REQUEST,
        expectedAscii: asciiLength(text),
        answer: { status: response.status, headers: Object.fromEntries(CORS_HEADERS.map((name) => [name, response.headers.get(name) ?? ''])) },
      },
      bytes: Buffer.byteLength(text),
      singleMs: Math.round(ms),
      note: id === 'payload' ? PAYLOAD_COMPARED : null,
    })
  }
  return cells
}

/** Why a browser would refuse this preflight (or, on our API, why it misses its promised Max-Age); null when valid. */
function preflightProblem(response: Response, statuses: readonly number[], promisesMaxAge: boolean): string | null {
  const header = (name: string) => response.headers.get(name) ?? ''
  const tokens = (name: string) =>
    header(name)
      .toLowerCase()
      .split(/\s*,\s*/)
  if (!statuses.includes(response.status)) return `status ${response.status}, expected ${statuses.join(' or ')}`
  const origin = header('access-control-allow-origin')
  if (origin !== PREFLIGHT_ORIGIN && origin !== '*') return `Access-Control-Allow-Origin is "${origin}", expected ${PREFLIGHT_ORIGIN} or *`
  if (!tokens('access-control-allow-methods').includes('post')) return 'POST is not among Access-Control-Allow-Methods'
  if (!tokens('access-control-allow-headers').includes('content-type')) return 'content-type is not among Access-Control-Allow-Headers'
  const maxAge = header('access-control-max-age')
  if (promisesMaxAge && maxAge !== String(PREFLIGHT_MAX_AGE_SECONDS)) return `Access-Control-Max-Age is "${maxAge}", expected ${PREFLIGHT_MAX_AGE_SECONDS}`
  return null
}
