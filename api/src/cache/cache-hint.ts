import type { ApiContext } from '../context'
import type { CacheHint } from './cache-policy'

/**
 * Narrows the cache policy of the whole response (see ResponseCachePolicy): the response cache and the
 * Cache-Control header follow.
 */
export function setCacheHint(ctx: Pick<ApiContext, 'cachePolicy'>, hint: CacheHint): void {
  ctx.cachePolicy.restrict(hint)
}

/** Personal data: never stored by this server, a CDN or a browser's shared cache. */
export function neverCache(ctx: Pick<ApiContext, 'cachePolicy'>): void {
  setCacheHint(ctx, { maxAge: 0, scope: 'PRIVATE' })
}
