import { createHash } from 'node:crypto'
import { parse, print } from 'graphql'
import { QUERY_LIMITS } from '../common/limits'

/** What identifies a cacheable GraphQL request, taken from a GET's query string or a POST's JSON body. */
export type GraphqlRequestParts = {
  query?: string
  variables?: unknown
  operationName?: string
  /** APQ: the SHA-256 of the document, which is all a persisted-query GET carries. */
  persistedHash?: string
  locale: string
}

const NORMALISED_LIMIT = 1_000
const normalised = new Map<string, string | null>()

/**
 * The document in its canonical printed form, so that whitespace, commas and comments do not split the cache.
 * Memoised per raw text (bounded), so a hot document is parsed once per process; null if it does not parse
 * (such requests are not cached; Apollo answers them with its own error).
 */
function normalise(query: string): string | null {
  const known = normalised.get(query)
  if (known !== undefined) return known
  let printed: string | null
  try {
    printed = print(parse(query, { maxTokens: QUERY_LIMITS.tokens }))
  } catch {
    printed = null
  }
  if (normalised.size >= NORMALISED_LIMIT) normalised.delete(normalised.keys().next().value as string)
  normalised.set(query, printed)
  return printed
}

/** The cache key, or undefined when the request cannot be cached (no document, or one that does not parse). */
export function cacheKey(parts: GraphqlRequestParts): string | undefined {
  const document = parts.query !== undefined ? normalise(parts.query) : parts.persistedHash ? `apq:${parts.persistedHash}` : null
  if (!document) return undefined
  return createHash('sha256')
    .update(document)
    .update('\0')
    .update(JSON.stringify(parts.variables ?? {}))
    .update('\0')
    .update(parts.operationName ?? '')
    .update('\0')
    .update(parts.locale)
    .digest('base64url')
}
