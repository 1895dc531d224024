import type { GraphQLResolveInfo } from 'graphql'

export type CacheHint = { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }

/** What Apollo's cache-control plugin adds to `info` while it runs (it always does in this server). */
type InfoWithCacheControl = GraphQLResolveInfo & { cacheControl?: { setCacheHint(hint: CacheHint): void } }

/**
 * Narrows the cache policy of the field being resolved, and so of the whole response: Apollo takes the lowest
 * maxAge and the most private scope over all fields, and the response cache and the Cache-Control header follow.
 */
export function setCacheHint(info: GraphQLResolveInfo, hint: CacheHint): void {
  ;(info as InfoWithCacheControl).cacheControl?.setCacheHint(hint)
}

/** Personal data: never stored by this server, a CDN or a browser's shared cache. */
export function neverCache(info: GraphQLResolveInfo): void {
  setCacheHint(info, { maxAge: 0, scope: 'PRIVATE' })
}
