import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApolloServer } from '@apollo/server'
import type { MikroORM } from '@mikro-orm/postgresql'
import type { GraphqlRequestParts } from './cache/cache-key'
import { passesCsrfPrevention, requestParts } from './cache/http-cache'
import type { CachedResponse, ResponseCache } from './cache/response-cache'
import { lookUp, serveStored, storeAndSend } from './cache/response-cache-step'
import { SingleFlight } from './cache/single-flight'
import { ApiError } from './common/errors'
import type { ApiContext, ContextOptions } from './context'
import { executeGraphql, sendGraphqlResponse } from './graphql-execution'
import { readBody, sendErrors } from './http'
import type { Caller } from './limits/caller'
import { limitedStatus, writeLimitHeaders } from './limits/headers'
import type { QueryBudget } from './limits/query-budget'
import { sendRefusal } from './limits/refusal'
import { RequestLimits } from './limits/request-limits'
import { operationNameOf } from './observability/operation-name'
import type { RequestRecord } from './observability/request-record'

type Options = {
  apollo: ApolloServer<ApiContext>
  orm: MikroORM
  context: ContextOptions
  /** Who is calling (server.ts: the client address, or what a caller resolver makes of the request). */
  identify: (request: IncomingMessage) => Promise<Caller>
  budget: QueryBudget
  /** Larger POST bodies are refused with 413 before they are read whole. */
  maxBodyBytes: number
  /** Serialised responses of public queries, served before GraphQL runs; cleared when editors publish. */
  cache?: ResponseCache
}

export type GraphqlRoute = (request: IncomingMessage, response: ServerResponse, url: URL, record: RequestRecord) => Promise<void>

/** One request on its way through the steps below. */
type Pending = { request: IncomingMessage; response: ServerResponse; url: URL; body: unknown; limits: RequestLimits; record: RequestRecord }

/** The operation name of a request whose document names none, in the access log and the metrics. */
const ANONYMOUS_OPERATION = '(anonymous)'

/**
 * POST and GET /graphql, in steps: the caller is identified (a refused partner key is answered 401 here, before the
 * cache), the response cache serves a stored answer before any parsing (cache/response-cache-step.ts), identical
 * queries in flight share one execution (cache/single-flight.ts), everything else runs through Apollo
 * (graphql-execution.ts). Every answer carries the caller's limit headers and, when a limit refused the request,
 * the status 429 (limits/headers.ts).
 */
export function graphqlRoute({ apollo, orm, context, identify, budget, cache, maxBodyBytes }: Options): GraphqlRoute {
  const flights = new SingleFlight<CachedResponse>()

  const handle: GraphqlRoute = async (request, response, url, record) => {
    const raw = request.method === 'POST' ? await readBody(request, maxBodyBytes) : ''
    let body: unknown = raw
    if (raw && request.headers['content-type']?.includes('application/json')) {
      try {
        body = JSON.parse(raw)
      } catch {
        return sendErrors(response, 400, [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }])
      }
    }
    const parts = requestParts(request, url, body)
    record.operation = operationNameOf(parts) ?? ANONYMOUS_OPERATION
    let limits: RequestLimits
    try {
      limits = new RequestLimits(await identify(request), budget)
    } catch (error) {
      if (error instanceof ApiError) return sendRefusal(response, error)
      throw error
    }
    try {
      await answer({ request, response, url, body, limits, record }, passesCsrfPrevention(request) ? parts : undefined)
    } finally {
      record.refusedPolicy = limits.refused?.policy.name
      // A partner key counts how often its limits refused it (429), for its usage figures.
      if (limits.refused) limits.caller.onLimited?.()
    }
  }

  const answer = async (pending: Pending, parts: GraphqlRequestParts | undefined): Promise<void> => {
    const { request, response, limits, record } = pending
    const { key, hit } = lookUp(cache, parts, record)
    if (hit) return serveStored(request, response, hit, limits)
    if (!key) return void (await execute(pending, undefined, 0))
    const running = flights.joinable(key)
    if (running) {
      record.cache = 'coalesced'
      const shared = await running
      if (shared) return serveStored(request, response, shared, limits)
    }
    const version = cache?.version ?? 0
    await flights.run(key, () => execute(pending, key, version))
  }

  /** Runs the request through Apollo and answers it; returns the entry when the answer went into the cache. */
  const execute = async ({ request, response, url, body, limits, record }: Pending, key: string | undefined, version: number): Promise<CachedResponse | undefined> => {
    const result = await executeGraphql(apollo, orm, context, request, url, body, limits)
    const status = limitedStatus(result.status ?? 200, limits)
    writeLimitHeaders(response, limits)
    const sent = storeAndSend(cache, key, version, request, response, result, status)
    if (sent) return sent.stored
    await sendGraphqlResponse(response, result, status, record)
    return undefined
  }

  return handle
}
