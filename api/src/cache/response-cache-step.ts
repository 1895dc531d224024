import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HTTPGraphQLResponse } from '@apollo/server'
import { ApiError } from '../common/errors'
import { writeLimitHeaders } from '../limits/headers'
import { sendRefusal } from '../limits/refusal'
import type { RequestLimits } from '../limits/request-limits'
import type { RequestRecord } from '../observability/request-record'
import { cacheKey, type GraphqlRequestParts } from './cache-key'
import { cacheableEntry, publicMaxAge, sendCacheable } from './http-cache'
import type { CachedResponse, ResponseCache } from './response-cache'

/**
 * The response cache's two steps around GraphQL: before it, a stored answer goes out without any parsing or
 * execution (`lookUp`, `serveStored`); after it, a cacheable answer is stored for the next request (`storeAndSend`).
 */

/** The request's cache key (undefined: not cacheable, e.g. it would fail CSRF prevention) and its stored answer. */
export function lookUp(cache: ResponseCache | undefined, parts: GraphqlRequestParts | undefined, record: RequestRecord): { key?: string; hit?: CachedResponse } {
  const key = cache && parts ? cacheKey(parts) : undefined
  if (!key) return {}
  const hit = cache?.get(key)
  record.cache = hit ? 'hit' : 'miss'
  return { key, hit }
}

/** A stored or shared answer counts against the query budget as an executed query does. */
export function serveStored(request: IncomingMessage, response: ServerResponse, entry: CachedResponse, limits: RequestLimits): void {
  try {
    limits.takeQuery()
  } catch (error) {
    if (error instanceof ApiError) return sendRefusal(response, error, limits)
    throw error
  }
  writeLimitHeaders(response, limits)
  sendCacheable(request, response, entry, 'HIT')
}

/**
 * A complete 200 answer with a public max-age is sent as cacheable (ETag, 304) and, with a key, stored as computed
 * at `version` (the cache refuses it when a publish came meanwhile). Null when the answer is not cacheable: nothing
 * was sent. Otherwise the stored entry, if it was stored, for the requests that waited for it (single-flight.ts).
 */
export function storeAndSend(
  cache: ResponseCache | undefined,
  key: string | undefined,
  version: number,
  request: IncomingMessage,
  response: ServerResponse,
  result: HTTPGraphQLResponse,
  status: number,
): { stored: CachedResponse | undefined } | null {
  const cacheControl = result.headers.get('cache-control')
  const maxAge = status === 200 ? publicMaxAge(cacheControl) : 0
  if (maxAge <= 0 || result.body.kind !== 'complete' || cacheControl === undefined) return null
  const bytes = Buffer.from(result.body.string)
  const stored = key ? cache?.set(key, version, { body: bytes, cacheControl, maxAgeSeconds: maxAge }) : undefined
  sendCacheable(request, response, stored ?? cacheableEntry(bytes, cacheControl), 'MISS')
  return { stored }
}
