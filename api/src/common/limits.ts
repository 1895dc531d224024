import { ApolloArmor } from '@escape.tech/graphql-armor'
import type { ApolloServerOptions } from '@apollo/server'
import { MAX_BODY_BYTES } from '../http'
import type { ApiContext } from '../context'
import { queryCostLimit } from './query-cost'

/**
 * Query limits after the OWASP GraphQL cheat sheet, at graphql-armor's defaults: a client cannot make the
 * server do unbounded work with deep nesting, aliases, directives or expensive selections. The cost limit is above
 * armor's 5000 because the cost now counts `first` when it is a variable too (query-cost.ts): the richest page a
 * partner needs, 100 changes with their documents (examples/documents/partner-sync.graphql), costs about 11,300,
 * and 100 coordinators with their region and municipality about 5,900. `validationErrors`: validation stops after
 * this many errors, so a document of a thousand mistakes is not answered with a thousand messages.
 * Each limit is at most: a document exactly at a limit is answered. `Infinity` switches one off (tests do).
 */
export type QueryLimits = Readonly<{ depth: number; aliases: number; directives: number; tokens: number; cost: number; bodyBytes: number; validationErrors: number }>

export const QUERY_LIMITS: QueryLimits = { depth: 6, aliases: 15, directives: 50, tokens: 1000, cost: 25_000, bodyBytes: MAX_BODY_BYTES, validationErrors: 5 }

type Protection = Required<Pick<ApolloServerOptions<ApiContext>, 'validationRules' | 'plugins' | 'parseOptions' | 'validationOptions'>>

export function queryProtection(hideSuggestions: boolean, limits: QueryLimits = QUERY_LIMITS): Protection {
  const armor = new ApolloArmor({
    // Depth of the data, not of the syntax: a fragment (colocated fragments are how Apollo and Relay clients write
    // queries) nests no data, so it must not count as a level.
    maxDepth: { n: limits.depth, flattenFragments: true },
    // Every alias counts: armor leaves `__typename` out by default, and 101 aliases of it were answered.
    maxAliases: { n: limits.aliases, allowList: [] },
    // Counted in the document, so unknown and repeated directives count too (before graphql-js refuses them).
    maxDirectives: { n: limits.directives },
    // The cost is estimated with the operation's variables instead (query-cost.ts): armor's rule cannot see them.
    costLimit: { enabled: false },
    // Tokens are limited by Apollo's parseOptions instead: armor's plugin throws from a request hook, which Apollo
    // answers with 500; the parser's own limit is a parse error, answered with 400.
    maxTokens: { enabled: false },
    // "Did you mean …" reveals the schema to someone guessing at it; in production the schema is published anyway, but
    // suggestions would also leak fields hidden by a future allow-list.
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect()
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, queryCostLimit(limits.cost)],
    parseOptions: { maxTokens: limits.tokens },
    validationOptions: { maxErrors: limits.validationErrors },
  }
}
