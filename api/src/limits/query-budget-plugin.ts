import type { ApolloServerPlugin } from '@apollo/server'
import { OperationTypeNode } from 'graphql'
import type { ApiContext } from '../context'

/**
 * Counts an executed query against the caller's query budget once the operation is known (mutations have limits
 * of their own). Cached answers are counted by the HTTP layer before they are served (graphql-route.ts); a refusal
 * thrown here is answered by Apollo, and the HTTP layer makes it a 429 with the limit headers.
 */
export function queryBudgetPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.QUERY) contextValue.limits.takeQuery()
        },
      }
    },
  }
}
