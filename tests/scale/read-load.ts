import autocannon from 'autocannon'
import { municipalityRows } from '../../seed/geography'
import { sleep } from '../faults/helpers'

/** A public query sent as GET (as a CDN or browser cache would see it); Apollo's CSRF check wants this header on GET. */
export const READ_HEADERS = { 'apollo-require-preflight': 'true' }

const COORDINATORS = 'query ($first: Int, $since: DateTimeISO) { coordinators(first: $first, updatedSince: $since) { totalCount nodes { id title phones { display } } } }'
const EPOCH = Date.UTC(2000, 0, 1)

/**
 * Paths of public reads. `cached`: one fixed query, answered from the response cache after its first execution.
 * `uncached`: `updatedSince` a different millisecond each time (all coordinators either way), so every request
 * misses the cache and reads the database.
 */
const readPath = {
  cached: () => `/graphql?query=${encodeURIComponent(COORDINATORS)}&variables=${encodeURIComponent(JSON.stringify({ first: 50 }))}`,
  uncached: (n: number) =>
    `/graphql?query=${encodeURIComponent(COORDINATORS)}&variables=${encodeURIComponent(JSON.stringify({ first: 50, since: new Date(EPOCH + n).toISOString() }))}`,
}

/**
 * Published content is answered from the API's in-memory snapshot without SQL; search runs in PostgreSQL, so it is
 * what reads the replica database under load. Each town's name with a page size of 1–10 is a new question (2,900 in
 * all), and every one of them has a hit: the town itself.
 */
const TOWNS = municipalityRows().map((municipality) => municipality.name)
const SEARCH = 'query ($query: String!, $first: Int) { search(query: $query, first: $first) { rank } }'
const searchPath = (n: number) =>
  `/graphql?query=${encodeURIComponent(SEARCH)}&variables=${encodeURIComponent(JSON.stringify({ query: TOWNS[n % TOWNS.length], first: (Math.floor(n / TOWNS.length) % 10) + 1 }))}`

type Reply = { data?: { coordinators?: { totalCount: number; nodes: unknown[] }; search?: unknown[] }; errors?: unknown[] }

export type ReadLoad = {
  /** Reads answered 200 with coordinators and no errors. */
  ok: () => number
  /** Every read that was not: status and a short reason. No client retries: HAProxy's retry-on is the only one. */
  failures: string[]
  stop: () => Promise<void>
}

/** `clients` loops of GET reads through `base`: cached, uncached and searches in turn, each answer checked. */
export function startReadLoad(base: string, clients: number): ReadLoad {
  const failures: string[] = []
  let ok = 0
  let running = true
  let n = 0
  const client = async () => {
    while (running) {
      const path = n % 3 === 0 ? readPath.cached() : n % 3 === 1 ? readPath.uncached(n) : searchPath(n)
      n += 1
      try {
        const response = await fetch(`${base}${path}`, { headers: READ_HEADERS, signal: AbortSignal.timeout(15_000) })
        const text = await response.text()
        let body: Reply = {}
        try {
          body = JSON.parse(text) as Reply
        } catch {
          // counted below
        }
        if (response.status === 200 && !body.errors && (body.data?.coordinators?.nodes.length ?? body.data?.search?.length ?? 0) > 0) ok += 1
        else failures.push(`${response.status} ${text.slice(0, 120)}`)
      } catch (error) {
        failures.push(`no answer: ${String((error as Error).cause ?? error)}`)
        await sleep(50)
      }
    }
  }
  const loops = Array.from({ length: clients }, () => client())
  return {
    ok: () => ok,
    failures,
    stop: async () => {
      running = false
      await Promise.all(loops)
    },
  }
}

export type Throughput = { rps: number; p50: number; p99: number; requests: number; failed: number }

/** A short autocannon run of one kind of read through `base`; `failed` counts non-2xx answers, errors and timeouts. */
export async function measureReads(base: string, kind: 'cached' | 'uncached', seconds: number, connections: number): Promise<Throughput> {
  let n = 0
  const result = await autocannon({
    url: `${base}/graphql`,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', headers: READ_HEADERS, setupRequest: (request) => ({ ...request, path: kind === 'cached' ? readPath.cached() : readPath.uncached((n += 1)) }) }],
  })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  }
}
