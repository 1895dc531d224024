import type { IncomingMessage, ServerResponse } from 'node:http'
import { localeFromAcceptLanguage } from '../common/locale'
import { appendVary } from '../http'
import type { GraphqlRequestParts } from './cache-key'
import { etagOf, type CachedResponse } from './response-cache'

const SIMPLE_CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']

/**
 * Whether Apollo's CSRF prevention would let this request through: a cached answer must never reach a request
 * that the server itself would refuse.
 */
export function passesCsrfPrevention(request: IncomingMessage): boolean {
  if (request.headers['apollo-require-preflight'] || request.headers['x-apollo-operation-name']) return true
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  return !!type && !SIMPLE_CONTENT_TYPES.includes(type)
}

/** The parts that identify a GraphQL request, from a GET's query string or a parsed POST body; undefined if malformed. */
export function requestParts(request: IncomingMessage, url: URL, body: unknown): GraphqlRequestParts | undefined {
  const locale = localeFromAcceptLanguage(request.headers['accept-language'])
  if (request.method === 'GET') {
    const json = (name: string): unknown => {
      const text = url.searchParams.get(name)
      if (text === null) return undefined
      try {
        return JSON.parse(text) as unknown
      } catch {
        return null
      }
    }
    const variables = json('variables')
    const extensions = json('extensions')
    if (variables === null || extensions === null) return undefined
    return {
      query: url.searchParams.get('query') ?? undefined,
      variables,
      operationName: url.searchParams.get('operationName') ?? undefined,
      persistedHash: persistedHashOf(extensions),
      locale,
    }
  }
  if (request.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const fields = body as Record<string, unknown>
  if (
    (fields.query !== undefined && typeof fields.query !== 'string') ||
    (fields.operationName !== undefined && fields.operationName !== null && typeof fields.operationName !== 'string')
  )
    return undefined
  return {
    query: fields.query as string | undefined,
    variables: fields.variables,
    operationName: (fields.operationName as string | null | undefined) ?? undefined,
    persistedHash: persistedHashOf(fields.extensions),
    locale,
  }
}

function persistedHashOf(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined
}

/** maxAge of a `max-age=N, public` header as Apollo's cache-control plugin writes it; 0 for anything else. */
export function publicMaxAge(cacheControl: string | undefined): number {
  const match = cacheControl ? /^max-age=(\d+), public$/.exec(cacheControl) : null
  return match ? Number(match[1]) : 0
}

/** Headers of every cacheable answer; the locale comes from Accept-Language, so shared caches must key on it. */
function writeCacheHeaders(response: ServerResponse, entry: Pick<CachedResponse, 'etag' | 'cacheControl'>): void {
  response.setHeader('cache-control', entry.cacheControl)
  response.setHeader('etag', entry.etag)
  appendVary(response, 'accept-language')
}

/**
 * 304 when the client already has these bytes, else the bytes: the same for a hit and for a fresh response.
 * `X-Cache` says which it was (HIT: from this replica's cache), for operators and tests.
 */
export function sendCacheable(
  request: IncomingMessage,
  response: ServerResponse,
  entry: Pick<CachedResponse, 'etag' | 'cacheControl' | 'body'>,
  source: 'HIT' | 'MISS',
  contentType = 'application/json; charset=utf-8',
): void {
  writeCacheHeaders(response, entry)
  response.setHeader('x-cache', source)
  if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
    response.statusCode = 304
    response.end()
    return
  }
  response.statusCode = 200
  response.setHeader('content-type', contentType)
  response.setHeader('content-length', entry.body.length)
  response.end(entry.body)
}

export function cacheableEntry(body: Buffer, cacheControl: string): Pick<CachedResponse, 'etag' | 'cacheControl' | 'body'> {
  return { body, cacheControl, etag: etagOf(body) }
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag === etag || tag === `W/${etag}`
  })
}
