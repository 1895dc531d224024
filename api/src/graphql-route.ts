import type { IncomingMessage, ServerResponse } from 'node:http'
import { HeaderMap, type ApolloServer } from '@apollo/server'
import type { MikroORM } from '@mikro-orm/postgresql'
import { cacheKey, type GraphqlRequestParts } from './cache/cache-key'
import { cacheableEntry, passesCsrfPrevention, publicMaxAge, requestParts, sendCacheable } from './cache/http-cache'
import type { CachedResponse, ResponseCache } from './cache/response-cache'
import { ApiError, httpStatusOf } from './common/errors'
import { createContext, type ApiContext, type ContextOptions } from './context'
import { readBody, sendErrors } from './http'
import type { Caller } from './limits/caller'
import { limitedStatus, writeLimitHeaders } from './limits/headers'
import type { QueryBudget } from './limits/query-budget'
import { RequestLimits } from './limits/request-limits'
import { withRequestId } from './observability/error-body'
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

type Route = (request: IncomingMessage, response: ServerResponse, url: URL, record: RequestRecord) => Promise<void>

/** The operation name of a request whose document names none, in the access log and the metrics. */
export const ANONYMOUS_OPERATION = '(anonymous)'

/**
 * POST and GET /graphql: the caller is identified (a refused partner key is answered 401 here, before the cache), a
 * cached answer goes out before any parsing, concurrent identical queries share one execution, everything else runs
 * through Apollo. Every answer carries the caller's limit headers and, when a limit refused the request, the status
 * 429 (limits/headers.ts).
 */
export function graphqlRoute({ apollo, orm, context, identify, budget, cache, maxBodyBytes }: Options): Route {
  /** Cacheable queries being executed, by cache key: later identical requests share the answer. */
  const inFlight = new Map<string, Promise<CachedResponse | undefined>>()

  const handle: Route = async (request, response, url, record) => {
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
      if (error instanceof ApiError) return sendError(response, error)
      throw error
    }
    try {
      await answer(request, response, url, body, limits, passesCsrfPrevention(request) ? parts : undefined, record)
    } finally {
      record.refusedPolicy = limits.refused?.policy.name
      // A partner key counts how often its limits refused it (429), for its usage figures.
      if (limits.refused) limits.caller.onLimited?.()
    }
  }

  const answer = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    body: unknown,
    limits: RequestLimits,
    parts: GraphqlRequestParts | undefined,
    record: RequestRecord,
  ): Promise<void> => {
    // A public query already answered: its bytes go out before any parsing or execution.
    const key = cache && parts ? cacheKey(parts) : undefined
    const hit = key ? cache?.get(key) : undefined
    if (key) record.cache = hit ? 'hit' : 'miss'
    if (hit) return serveStored(request, response, hit, limits)
    // The same query already running (an expired entry under load, a publish): wait for its answer instead of
    // running it once per waiting client, which exhausted the pool when 50 clients missed at once.
    const running = key ? inFlight.get(key) : undefined
    if (running) {
      record.cache = 'coalesced'
      const shared = await running
      if (shared) return serveStored(request, response, shared, limits)
    }
    const version = cache?.version ?? 0
    if (!key || !cache || inFlight.has(key)) return void (await execute(request, response, url, body, limits, key, version, record))
    const execution = execute(request, response, url, body, limits, key, version, record)
    // Followers of an answer that was not stored (an error, no-store, a publish meanwhile) run the query themselves.
    inFlight.set(key, execution.catch(() => undefined))
    try {
      await execution
    } finally {
      inFlight.delete(key)
    }
  }

  /** A stored or shared answer counts against the query budget as an executed query does. */
  const serveStored = (request: IncomingMessage, response: ServerResponse, entry: CachedResponse, limits: RequestLimits): void => {
    try {
      limits.takeQuery()
    } catch (error) {
      if (error instanceof ApiError) return sendError(response, error, limits)
      throw error
    }
    writeLimitHeaders(response, limits)
    sendCacheable(request, response, entry, 'HIT')
  }

  /** Runs the request through Apollo and answers it; returns the entry when the answer went into the cache. */
  const execute = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    body: unknown,
    limits: RequestLimits,
    key: string | undefined,
    version: number,
    record: RequestRecord,
  ): Promise<CachedResponse | undefined> => {
    const headers = new HeaderMap()
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(orm, request, limits, context),
    })
    const status = limitedStatus(result.status ?? 200, limits)
    writeLimitHeaders(response, limits)
    const maxAge = status === 200 ? publicMaxAge(result.headers.get('cache-control')) : 0
    if (maxAge > 0 && result.body.kind === 'complete') {
      const bytes = Buffer.from(result.body.string)
      const cacheControl = result.headers.get('cache-control')!
      const stored = key ? cache?.set(key, version, { body: bytes, cacheControl, maxAgeSeconds: maxAge }) : undefined
      sendCacheable(request, response, stored ?? cacheableEntry(bytes, cacheControl), 'MISS')
      return stored
    }
    for (const [name, value] of result.headers) response.setHeader(name, value)
    response.statusCode = status
    if (result.body.kind === 'complete') {
      response.end(withRequestId(result.body.string, record))
      return undefined
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk)
    response.end()
    return undefined
  }

  return handle
}

/** A request refused before GraphQL ran (a spent budget, a refused caller), shaped as a GraphQL error response. */
function sendError(response: ServerResponse, error: ApiError, limits?: RequestLimits): void {
  if (limits) writeLimitHeaders(response, limits)
  for (const [name, value] of Object.entries(error.responseHeaders)) response.setHeader(name, value)
  response.setHeader('cache-control', 'no-store')
  sendErrors(response, httpStatusOf(error), [{ message: error.message, extensions: error.extensions }])
}
