import { isDeepStrictEqual } from 'node:util'
import { asciiLength, type LoadSpec } from './load'
import { subscribeInput, type Json, type Operation, type OperationId } from './queries'
import type { Target, TargetId } from './targets'

/** What a row of the result table measures: a GraphQL operation (queries.ts) or the CORS preflight (preflight.ts). */
export type MeasuredOperation = { id: string; title: string }

/** One row of the result table: an operation on a target, with what a valid response looks like. */
export type Cell = {
  op: MeasuredOperation
  target: Target
  spec: LoadSpec | null
  bytes: number | null
  /** Milliseconds of the verifying request: one request alone, before any load. */
  singleMs: number | null
  note: string | null
}

export type Verified = { text: string; data: Json; ms: number }

/** POSTs once and checks the answer: 2xx, JSON, no `errors`, and the operation's own check. Throws with the reason. */
export async function fetchVerified(url: string, body: string, headers: Record<string, string>, check: ((data: Json) => string | null) | null, what: string): Promise<Verified> {
  const started = performance.now()
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(120_000) })
  const text = await response.text()
  const ms = performance.now() - started
  const fail = (reason: string) => new Error(`${what}: ${reason}. Response ${response.status}: ${text.slice(0, 300)}`)
  if (!response.ok) throw fail('not 2xx')
  let parsed: Json
  try {
    parsed = JSON.parse(text) as Json
  } catch {
    throw fail('not JSON')
  }
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && 'errors' in parsed) throw fail('GraphQL errors')
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed.data ?? null) : null
  const problem = check ? check(data) : null
  if (problem) throw fail(problem)
  return { text, data, ms }
}

/** Request bodies for M1: a new address and a new client address (X-Forwarded-For) for every request. */
export function subscriptionBodies(query: string): () => { body: string; headers: Record<string, string> } {
  const stamp = Date.now().toString(36)
  let n = 0
  return () => {
    n += 1
    const input = subscribeInput(`bench-${stamp}-${n}@example.org`)
    return { body: JSON.stringify({ query, variables: { input } }), headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } }
  }
}

/**
 * Verifies every operation on every target once, before any load: the expected size of a valid response comes
 * from this response. The cached API must answer exactly as the uncached one, json_agg the same data as Q1.
 */
export async function verifyCells(ops: Operation[], targets: Map<TargetId, Target>, q1?: Verified): Promise<Cell[]> {
  const cells: Cell[] = []
  const plan: Record<OperationId, TargetId[]> = {
    Q1: ['bare', 'api', 'api-cached', 'payload', 'json_agg'],
    Q2: ['api', 'api-cached', 'payload'],
    Q3: ['api', 'api-cached', 'payload'],
    Q4: ['api', 'api-cached', 'payload'],
    supportLine: ['api', 'api-cached', 'payload'],
    publications: ['api', 'api-cached', 'payload'],
    M1: ['api', 'api-cached', 'payload'],
  }
  for (const op of ops) {
    let apiData: Json = null
    for (const id of plan[op.id]) {
      const target = targets.get(id)
      if (!target) continue
      const skip = (note: string) => cells.push({ op, target, spec: null, bytes: null, singleMs: null, note })
      if (!target.url) {
        skip(target.unavailable ?? 'not available')
        continue
      }
      if (op.mutation && id === 'api-cached') {
        skip('n/a (a mutation is never cached)')
        continue
      }
      const request = id === 'payload' ? op.payload?.request : op.api
      if (!request) {
        skip('n/a (Payload has no public equivalent)')
        continue
      }
      const what = `${op.id} on ${target.label}`
      const dynamic = op.mutation ? subscriptionBodies(request.query) : null
      const first = dynamic ? dynamic() : { body: JSON.stringify(request), headers: {} }
      const check = id === 'payload' ? (op.payload?.check ?? null) : id === 'bare' || id === 'json_agg' ? null : op.apiCheck
      const verified = await fetchVerified(target.url, first.body, first.headers, check, what)
      if (id === 'api') apiData = verified.data
      if ((id === 'api-cached' || id === 'json_agg') && !isDeepStrictEqual(verified.data, apiData)) throw new Error(`${what}: the data differs from the uncached API's`)
      if (id === 'bare' && verified.text !== q1?.text) throw new Error(`${what}: the body differs from Q1's`)
      const spec: LoadSpec = { url: target.url, body: dynamic ?? first.body, expectedAscii: asciiLength(verified.text) }
      cells.push({ op, target, spec, bytes: Buffer.byteLength(verified.text), singleMs: Math.round(verified.ms), note: id === 'payload' ? (op.payload?.compared ?? null) : null })
    }
  }
  return cells
}
