import { ApolloArmor } from '@escape.tech/graphql-armor'
import { queryCostLimit } from './query-cost'

/**
 * Query limits after the OWASP GraphQL cheat sheet, at graphql-armor's defaults: a client cannot make the
 * server do unbounded work with deep nesting, aliases, directives or expensive selections. The cost limit is above
 * armor's 5000 because the cost now counts `first` when it is a variable too (query-cost.ts): the richest page a
 * partner needs, 100 changes with their documents (examples/documents/partner-sync.graphql), costs about 11,300,
 * and 100 coordinators with their region and municipality about 5,900.
 */
export const QUERY_LIMITS = { depth: 6, aliases: 15, tokens: 1000, directives: 50, cost: 25_000 } as const

export function queryProtection(hideSuggestions: boolean) {
  const armor = new ApolloArmor({
    // Depth of the data, not of the syntax: a fragment (colocated fragments are how Apollo and Relay clients write
    // queries) nests no data, so it must not count as a level.
    maxDepth: { n: QUERY_LIMITS.depth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // The cost is estimated with the operation's variables instead (query-cost.ts): armor's rule cannot see them.
    costLimit: { enabled: false },
    // Tokens are limited by Apollo's parseOptions (server.ts) instead: armor's plugin throws from a request hook,
    // which Apollo answers with 500; the parser's own limit is a parse error, answered with 400.
    maxTokens: { enabled: false },
    // "Did you mean …" reveals the schema to someone guessing at it; in production the schema is published anyway, but
    // suggestions would also leak fields hidden by a future allow-list.
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect()
  return { validationRules: armor.validationRules, plugins: [...armor.plugins, queryCostLimit(QUERY_LIMITS.cost)] }
}
