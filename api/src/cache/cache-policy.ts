import type { ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl'

/**
 * Cache policy for every response: public content may be kept `maxAgeSeconds` (by this server, CDNs and
 * browsers; this server also drops it at once when editors publish), resolvers narrow it (`setCacheHint`),
 * and only queries are ever cacheable: a mutation's answer is `no-store` whatever its fields say.
 */
export function cachePolicyPlugins(maxAgeSeconds: number): ApolloServerPlugin[] {
  const queriesOnly: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 })
        },
      }
    },
  }
  return [ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds }), queriesOnly]
}
