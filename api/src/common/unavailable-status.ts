import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { RETRY_AFTER_SECONDS } from './unavailable'

/**
 * A response that carries SERVICE_UNAVAILABLE (see formatError) is sent as HTTP 503 with Retry-After, so that
 * load balancers, proxies and HTTP clients retry it as they retry any other temporarily unavailable resource.
 */
export function unavailableStatus<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return
          response.http.status = 503
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS))
        },
      }
    },
  }
}
