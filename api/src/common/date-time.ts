import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql'
import { GraphQLDateTimeISO } from 'graphql-scalars'

const base = GraphQLDateTimeISO.toConfig()

// Years 1 to 9999: what four-digit ISO dates, PostgreSQL (no year 0) and the support line's calendar arithmetic all
// handle. graphql-scalars accepts year 0 and beyond; `updatedSince: "0000-01-01T00:00:00Z"` failed in PostgreSQL
// (22008) and `supportLine(at:)` with a RangeError, both answered INTERNAL_SERVER_ERROR.
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z')
const LATEST = Date.parse('9999-12-31T23:59:59.999Z')

function inRange(value: unknown): Date {
  const date = value as Date
  if (!(date.getTime() >= EARLIEST && date.getTime() <= LATEST)) throw new GraphQLError('DateTime must be within the years 1 to 9999.')
  return date
}

/** graphql-scalars' DateTimeISO (same name, description and output), refusing instants outside the years 1 to 9999. */
export const DateTimeISO = new GraphQLScalarType<Date, string>({
  ...base,
  parseValue: (value: unknown) => inRange(base.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => inRange(base.parseLiteral(ast, variables)),
})
