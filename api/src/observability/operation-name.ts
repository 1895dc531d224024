import type { GraphqlRequestParts } from '../cache/cache-key'

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/
/** The first operation's name, after any comments; enough for the documents clients send (one named operation). */
const FIRST_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})\b/

/**
 * The operation's name for logs and metrics, without parsing the document: `operationName` when given, else the
 * first operation's name. A GraphQL name only (what a client sends as `operationName` is not trusted to be one),
 * undefined for anonymous operations and persisted queries sent by hash alone.
 */
export function operationNameOf(parts: GraphqlRequestParts | undefined): string | undefined {
  if (!parts) return undefined
  if (parts.operationName !== undefined) return NAME.test(parts.operationName) ? parts.operationName : undefined
  return parts.query === undefined ? undefined : FIRST_OPERATION.exec(parts.query)?.[1]
}
