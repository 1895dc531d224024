import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled'
import { OperationTypeNode } from 'graphql'
import type { ApiContext } from '../context'

export type CacheHint = { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }

/**
 * One response's cache policy: public content may be kept `maxAge` seconds (by this server, CDNs and browsers;
 * this server also drops it at once when editors publish); resolvers narrow it through `ctx.cachePolicy`: the
 * lowest maxAge and the most private scope win, and the response cache and the Cache-Control header follow.
 */
export class ResponseCachePolicy {
  maxAge: number
  scope: 'PUBLIC' | 'PRIVATE' = 'PUBLIC'

  constructor(defaultMaxAge: number) {
    this.maxAge = defaultMaxAge
  }

  restrict(hint: CacheHint): void {
    if (hint.maxAge !== undefined) this.maxAge = Math.min(this.maxAge, hint.maxAge)
    if (hint.scope === 'PRIVATE') this.scope = 'PRIVATE'
  }

  /** Personal data: never stored by this server, a CDN or a browser's shared cache. */
  neverStore(): void {
    this.restrict({ maxAge: 0, scope: 'PRIVATE' })
  }
}

/**
 * Cache-Control for every GraphQL response, written as Apollo's cache-control plugin writes it (`max-age=60,
 * public`, otherwise `no-store`), from the policy the resolvers narrowed. Only queries without errors are ever
 * cacheable: a mutation's answer is `no-store` whatever its fields say.
 *
 * Why not Apollo's plugin: it hooks into every field of every response to compute per-field hints from schema
 * directives, which this schema has none of; on the region page (7,000 fields) that was a quarter of the API's
 * CPU time. Every hint here is set by a root field's resolver, so a per-request policy says the same.
 */
export function cachePolicyPlugins(): ApolloServerPlugin<ApiContext>[] {
  const policy: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== OperationTypeNode.QUERY) contextValue.cachePolicy.restrict({ maxAge: 0 })
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return
          const { maxAge, scope } = contextValue.cachePolicy
          const cacheable = maxAge > 0 && !response.body.singleResult.errors
          response.http.headers.set('cache-control', cacheable ? `max-age=${maxAge}, ${scope.toLowerCase()}` : 'no-store')
        },
      }
    },
  }
  return [ApolloServerPluginCacheControlDisabled(), policy]
}
