import type { ApolloServerPlugin } from '@apollo/server'
import { getNamedType, GraphQLError, isLeafType } from 'graphql'
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity'
import { DEFAULT_PAGE_SIZE } from './pagination'

/**
 * graphql-armor's cost weights (a leaf 1, an object 2 plus 1.5 × its selection), with one difference that matters
 * to clients: a list's `first` (or `last`) multiplies its cost whether it is written literally or passed as a
 * variable. armor's rule runs at validation, before variables are known, so it multiplied literals only: a partner
 * writing `changes(first: 100)` was refused while the same query with `$first: 100` passed, which made the limit
 * both a trap for honest clients and no limit for anyone using variables. graphql-query-complexity evaluates the
 * operation with its variables, and fragments cost what they select (they nest no data).
 */
const WEIGHTS = { leaf: 1, object: 2, selectionFactor: 1.5 }

const estimateCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return WEIGHTS.leaf
  const own = WEIGHTS.object + WEIGHTS.selectionFactor * childComplexity
  const requested = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined
  // A paged field without `first` answers a default page; a list without paging arguments counts once, as in armor.
  const pageSize = requested ?? (field.args.some((arg) => arg.name === 'first') ? DEFAULT_PAGE_SIZE : 1)
  return own * Math.max(1, pageSize)
}

/**
 * Undefined when the variables do not fit the operation: execution then refuses them with BAD_USER_INPUT, and
 * nothing is executed whose cost was not estimated.
 */
function costOf(options: Parameters<typeof getComplexity>[0]): number | undefined {
  try {
    return getComplexity(options)
  } catch (error) {
    if (error instanceof GraphQLError) return undefined
    throw error
  }
}

/** Refuses an operation whose estimated cost with its variables exceeds `maxCost`: 400, never executed. */
export function queryCostLimit(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const cost = costOf({ schema, query: document, operationName: operationName ?? undefined, variables: request.variables ?? {}, estimators: [estimateCost] })
          if (cost !== undefined && cost > maxCost) {
            throw new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}. Ask for fewer items per page (first) or fewer fields.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: Math.round(cost), maxCost, http: { status: 400 } },
            })
          }
        },
      }
    },
  }
}
