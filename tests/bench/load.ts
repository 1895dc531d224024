import autocannon from 'autocannon'
import type { IncomingHttpHeaders } from 'node:http'

/** One HTTP target of one operation: where, what to send, and what a valid answer looks like. */
export type LoadSpec = {
  url: string
  /** POST unless set: a CORS preflight is an OPTIONS without a body. */
  method?: 'POST' | 'OPTIONS'
  /** A fixed JSON body, a new one per request (mutations: a new address and client each time), or none. */
  body: string | (() => { body: string; headers: Record<string, string> }) | null
  headers?: Record<string, string>
  /** Characters below U+0080 in a verified response: see asciiLength. */
  expectedAscii: number
  /** The exact status and header values every response must have, when 2xx and the size say too little (a preflight's body is empty). */
  answer?: ExpectedAnswer
}

export type ExpectedAnswer = { status: number; headers: Record<string, string> }

export type RunStats = { requests: number; seconds: number; rps: number; p50: number; p99: number; invalid: number; problems: string[]; mode: LoadMode }

/**
 * `duration`: as many requests as fit in the time. `amount`: exactly this many (one per connection or more), all
 * completed: for targets whose single response takes longer than the window, where a timed run would count none.
 */
export type LoadMode = { seconds: number } | { amount: number }

// eslint-disable-next-line no-control-regex -- every ASCII character, the controls included
const ASCII_RUNS = /[\x00-\x7f]+/g

/**
 * The size of a body as autocannon hands it over. autocannon decodes each TCP chunk on its own, so a Swedish
 * letter split between two chunks arrives as two U+FFFD: the character length varies between identical responses,
 * the count of ASCII characters does not (UTF-8 never encodes other characters with ASCII bytes).
 */
export function asciiLength(body: string): number {
  return body.length - body.replace(ASCII_RUNS, '').length
}

/**
 * One autocannon run: `connections` connections, no pipelining, every response checked: 2xx, no GraphQL `errors`,
 * the verified size and, when the spec names one, the expected status and headers. Socket errors and timeouts
 * count as invalid too.
 */
export async function runLoad(spec: LoadSpec, mode: LoadMode, connections: number, title: string): Promise<RunStats> {
  const method = spec.method ?? 'POST'
  const headers = spec.body === null ? { ...spec.headers } : { 'content-type': 'application/json', ...spec.headers }
  let firstMismatch: string | null = null
  // autocannon hands a response to onResponse and then, in the same synchronous step, to verifyBody: the answer's
  // problem found by the first is the one verifyBody counts, so a wrong status or header is a mismatch like a wrong body.
  let answerProblem: string | null = null
  const verifyBody = (body: string | Buffer | undefined) => {
    const text = typeof body === 'string' ? body : (body?.toString() ?? '')
    const size = asciiLength(text)
    const ok = !text.includes('"errors":') && size === spec.expectedAscii && answerProblem === null
    if (!ok && !firstMismatch)
      firstMismatch = (answerProblem ?? /"message":\s*"([^"]{0,120})/.exec(text)?.[1] ?? `size ${size} instead of ${spec.expectedAscii}`).replace(/\s+/g, ' ')
    return ok
  }
  const expected = spec.answer
  const onResponse = expected
    ? (status: number, _body: string, _context: object, received: IncomingHttpHeaders | undefined) => void (answerProblem = answerMismatch(expected, status, received))
    : undefined
  const dynamic = typeof spec.body === 'function' ? spec.body : null
  const requests: autocannon.Request[] | null = dynamic
    ? [
        {
          method: 'POST',
          setupRequest: (request) => {
            const next = dynamic()
            return { ...request, body: next.body, headers: { ...headers, ...next.headers } }
          },
          ...(onResponse ? { onResponse } : {}),
        },
      ]
    : onResponse
      ? [{ method, onResponse }]
      : null
  const result = await autocannon({
    url: spec.url,
    title,
    connections,
    pipelining: 1,
    ...('amount' in mode ? { amount: mode.amount } : { duration: mode.seconds }),
    timeout: 300,
    method,
    headers,
    verifyBody,
    ...(requests ? { requests } : {}),
    ...(typeof spec.body === 'string' ? { body: spec.body } : {}),
  })
  // Responses that count: 2xx with the expected body (a GraphQL error usually comes with status 200).
  const valid2xx = Math.max(0, result['2xx'] - result.mismatches)
  const problems: string[] = []
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx`)
  if (result.mismatches) problems.push(`${result.mismatches} ${expected ? 'with a wrong status, header or size' : 'with errors or a wrong size'} (first: ${firstMismatch ?? '?'})`)
  if (result.errors) problems.push(`${result.errors} socket errors (${result.timeouts} timeouts)`)
  return {
    requests: valid2xx,
    seconds: result.duration,
    rps: valid2xx / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    invalid: result.non2xx + result.mismatches + result.errors,
    problems,
    mode,
  }
}

/** What differs from the expected status and header values (names compared without case), or null. */
export function answerMismatch(expected: ExpectedAnswer, status: number, received: IncomingHttpHeaders | undefined): string | null {
  if (status !== expected.status) return `status ${status} instead of ${expected.status}`
  const lower = new Map(Object.entries(received ?? {}).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value]))
  for (const [name, value] of Object.entries(expected.headers)) {
    if (lower.get(name.toLowerCase()) !== value) return `${name}: ${lower.get(name.toLowerCase()) ?? 'missing'} instead of ${value}`
  }
  return null
}
