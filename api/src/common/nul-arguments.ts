import type { MiddlewareFn } from 'type-graphql'
import { BadInputError } from './errors'

const hasNul = (value: unknown): boolean =>
  typeof value === 'string' ? value.includes('\u0000') : Array.isArray(value) ? value.some(hasNul) : value !== null && typeof value === 'object' ? Object.values(value).some(hasNul) : false

/**
 * PostgreSQL cannot hold NUL in text, and a NUL in a statement's parameter is a protocol violation (SQLSTATE 08P01),
 * which read as a lost connection: `region(slug: "\u0000")` answered 503 SERVICE_UNAVAILABLE. A query's arguments
 * with a NUL are refused before any resolver runs. Mutations check every field of their input themselves and name
 * the field (common/validation.ts); only the root fields of queries are checked here, as nested fields take no text.
 */
export const refuseNulInQueryArguments: MiddlewareFn = ({ args, info }, next) => {
  if (info.path.prev === undefined && info.operation.operation === 'query') {
    const field = Object.keys(args).find((name) => hasNul(args[name]))
    if (field) throw new BadInputError(`"${field}" may not contain the NUL character (U+0000).`, { field })
  }
  return next()
}
