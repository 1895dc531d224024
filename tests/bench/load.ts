import autocannon from 'autocannon'

/** One HTTP target of one operation: where, what to send, and what a valid answer looks like. */
export type LoadSpec = {
  url: string
  /** A fixed JSON body, or a new one per request (mutations: a new address and client each time). */
  body: string | (() => { body: string; headers: Record<string, string> })
  headers?: Record<string, string>
  /** Characters below U+0080 in a verified response: see asciiLength. */
  expectedAscii: number
}

export type RunStats = { requests: number; seconds: number; rps: number; p50: number; p99: number; invalid: number; problems: string[]; mode: LoadMode }

/**
 * `duration`: as many requests as fit in the time. `amount`: exactly this many (one per connection or more), all
 * completed: for targets whose single response takes longer than the window, where a timed run would count none.
 */
export type LoadMode = { seconds: number } | { amount: number }

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
 * the verified size. Socket errors and timeouts count as invalid too.
 */
export async function runLoad(spec: LoadSpec, mode: LoadMode, connections: number, title: string): Promise<RunStats> {
  const headers = { 'content-type': 'application/json', ...spec.headers }
  let firstMismatch: string | null = null
  const verifyBody = (body: string | Buffer | undefined) => {
    const text = typeof body === 'string' ? body : (body?.toString() ?? '')
    const size = asciiLength(text)
    const ok = !text.includes('"errors":') && size === spec.expectedAscii
    if (!ok && !firstMismatch) firstMismatch = (/"message":\s*"([^"]{0,120})/.exec(text)?.[1] ?? `size ${size} instead of ${spec.expectedAscii}`).replace(/\s+/g, ' ')
    return ok
  }
  const dynamic = typeof spec.body === 'function' ? spec.body : null
  const result = await autocannon({
    url: spec.url,
    title,
    connections,
    pipelining: 1,
    ...('amount' in mode ? { amount: mode.amount } : { duration: mode.seconds }),
    timeout: 300,
    method: 'POST',
    headers,
    verifyBody,
    ...(dynamic
      ? {
          requests: [
            {
              method: 'POST',
              setupRequest: (request) => {
                const next = dynamic()
                return { ...request, body: next.body, headers: { ...headers, ...next.headers } }
              },
            },
          ],
        }
      : { body: spec.body as string }),
  })
  // Responses that count: 2xx with the expected body (a GraphQL error usually comes with status 200).
  const valid2xx = Math.max(0, result['2xx'] - result.mismatches)
  const problems: string[] = []
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx`)
  if (result.mismatches) problems.push(`${result.mismatches} with errors or a wrong size (first: ${firstMismatch ?? '?'})`)
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
