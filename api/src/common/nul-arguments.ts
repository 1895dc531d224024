import { defaultFieldResolver, type GraphQLSchema } from 'graphql'
import { BadInputError } from './errors'

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value)
      ? value.some(hasNul)
      : value !== null && typeof value === 'object'
        ? Object.values(value).some(hasNul)
        : false

/**
 * PostgreSQL cannot hold NUL in text, and a NUL in a statement's parameter is a protocol violation (SQLSTATE 08P01),
 * which read as a lost connection: `region(slug: "\u0000")` answered 503 SERVICE_UNAVAILABLE. A query's arguments
 * with a NUL are refused before its resolver runs. Mutations check every field of their input themselves and name
 * the field (common/validation.ts); only the root fields of queries are checked here, as nested fields take no text.
 *
 * The root resolvers are wrapped in the built schema rather than through type-graphql's `globalMiddlewares`: those
 * wrap every field of every type, plain properties included, in a promise-returning chain, which cost the
 * uncached region page (thousands of fields) about 40 % of its throughput in `npm run bench`.
 */
export function refuseNulInQueryArguments(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver
    field.resolve = (source, args: Record<string, unknown>, context, info) => {
      const argument = Object.keys(args).find((name) => hasNul(args[name]))
      if (argument) throw new BadInputError(`"${argument}" may not contain the NUL character (U+0000).`, { field: argument })
      return resolve(source, args, context, info)
    }
  }
}
