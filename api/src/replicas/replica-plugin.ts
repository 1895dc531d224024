import type { ApolloServerPlugin } from '@apollo/server'
import { Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode, type SelectionNode } from 'graphql'
import type { ApiContext } from '../context'
import type { ReplicaReads } from './replica-reads'
import { RoutedEntityManager } from './routed-entity-manager'

/**
 * Top-level fields whose answers must come from the primary. The change feed: its cursor is a position in the
 * primary's log and a page checks it against the head it sees (a cursor "ahead of the log" is CURSOR_EXPIRED). A
 * client whose pages came from the primary, a less lagging replica or another API replica would be told to
 * resync by a replica that has not replayed that far, and the documents of a page must be as new as the page.
 * Reading the primary costs one indexed range scan per page.
 */
const PRIMARY_FIELDS = new Set(['changes'])

/**
 * Decides per request, once its operation is known, where its reads go: a query reads a replica while
 * ReplicaReads says one is usable; mutations (and the reads in the same request after the write), the change feed
 * and everything outside GraphQL stay on the primary.
 */
export function replicaReadsPlugin(reads: ReplicaReads): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== OperationTypeNode.QUERY || readsPrimaryFields(operation, document) || !reads.usable()) return
          if (contextValue.em instanceof RoutedEntityManager) contextValue.em.readFromReplica(reads)
        },
      }
    },
  }
}

/** Top-level selections only (through fragments at the top level): nested fields never start the feed. */
function readsPrimaryFields(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const pending: SelectionNode[] = [...operation.selectionSet.selections]
  const seen = new Set<string>()
  for (let selection = pending.pop(); selection; selection = pending.pop()) {
    if (selection.kind === Kind.FIELD && PRIMARY_FIELDS.has(selection.name.value)) return true
    if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(...selection.selectionSet.selections)
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const name = selection.name.value
      const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name)
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) pending.push(...fragment.selectionSet.selections)
    }
  }
  return false
}
