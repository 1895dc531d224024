import type { ServerResponse } from 'node:http'
import { appendVary, sendJson } from '../http'
import type { RequestRecord } from '../observability/request-record'
import { cacheableEntry } from './http-cache'
import type { CachedResponse, ResponseCache } from './response-cache'

export type CacheableEntry = Pick<CachedResponse, 'etag' | 'cacheControl' | 'body'>

/**
 * The response cache's part in a cacheable GET route (HSDS, contact files, archive pages): the answer stored under
 * `key`, or `store` for a fresh one, kept under the cache version read before it was built so that a publish
 * meanwhile is never outlived by what was built from the older data. With max-age 0 nothing is kept, and the
 * answer says `no-store`.
 */
export class CachedGet {
  readonly stored: CacheableEntry | undefined
  private readonly version: number

  constructor(
    private readonly cache: ResponseCache | undefined,
    private readonly key: string,
    private readonly maxAgeSeconds: number,
    record: RequestRecord,
  ) {
    this.stored = cache?.get(key)
    if (cache) record.cache = this.stored ? 'hit' : 'miss'
    this.version = cache?.version ?? 0
  }

  store(body: Buffer): CacheableEntry {
    const cacheControl = this.maxAgeSeconds > 0 ? `max-age=${this.maxAgeSeconds}, public` : 'no-store'
    return this.cache?.set(this.key, this.version, { body, cacheControl, maxAgeSeconds: this.maxAgeSeconds }) ?? cacheableEntry(body, cacheControl)
  }
}

/** A refusal of such a route (a bad parameter, nothing published at the address) as `{"error": …}`, never stored. */
export function refuseUncached(response: ServerResponse, status: 400 | 404, message: string): true {
  response.setHeader('cache-control', 'no-store')
  appendVary(response, 'accept-language')
  sendJson(response, status, { error: message })
  return true
}
