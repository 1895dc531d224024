import fc from 'fast-check'
import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql'
import { hostileString, hostileValue, injected } from './arbitraries'

/**
 * Arbitraries for any argument of the public schema, derived from its GraphQL input type, so that a new query or
 * argument is fuzzed without anyone writing an arbitrary for it. Mostly well typed (real values from the seeded
 * database now and then, values at the documented edges, nasty strings), sometimes the wrong JSON type altogether.
 */

/** Runs of the characters query parsers give meaning to: PostgreSQL's websearch syntax, tsquery, LIKE patterns. */
const OPERATORS = ['-', '"', ' ', '!', '(', ')', ':', '*', '&', '|', "'", '\\', '<', '>', '%', '_', ',', '.']
const operatorRuns = fc
  .array(fc.tuple(fc.string({ unit: fc.constantFrom(...OPERATORS), minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 120 })), { minLength: 1, maxLength: 3 })
  .map((runs) =>
    runs
      .map(([unit, count]) => unit.repeat(count))
      .join('')
      .slice(0, 200),
  )

function strings(known: readonly string[]): fc.Arbitrary<string> {
  const real = known.length > 0 ? fc.constantFrom(...known) : fc.string()
  return fc.oneof(
    { weight: 8, arbitrary: real },
    { weight: 2, arbitrary: injected(real) },
    { weight: 3, arbitrary: hostileString },
    { weight: 2, arbitrary: operatorRuns },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  )
}

const ints = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -3, max: 120 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 50, 51, 100, 101, 2 ** 31 - 1, -(2 ** 31)) })

/** ISO timestamps, from plausible to the edges of what JavaScript and PostgreSQL can represent, and near misses. */
const timestamps = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()) },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0000-01-01T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '1970-01-01T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01',
      '2026-01-01T24:00:00Z',
      'now',
      'infinity',
      '-infinity',
      '',
      '2026-01-01T00:00:00+99:00',
    ),
  },
)

/** Well-typed values of each scalar the public schema takes as input. A scalar missing here fails the fuzzing. */
const SCALARS: Readonly<Record<string, (known: readonly string[]) => fc.Arbitrary<unknown>>> = {
  String: strings,
  ID: strings,
  Int: () => ints,
  Float: () => fc.oneof(ints, fc.double({ noNaN: true, noDefaultInfinity: true })),
  Boolean: () => fc.boolean(),
  DateTimeISO: () => timestamps,
}

class UnfuzzableTypeError extends Error {}

/** A value of `type`: null or left out where it is nullable, and now and then a value of the wrong type entirely. */
export function argumentValue(type: GraphQLInputType, known: readonly string[]): fc.Arbitrary<unknown> {
  const typed = wellTyped(isNonNullType(type) ? type.ofType : type, known)
  const value = fc.oneof({ weight: 14, arbitrary: typed }, { weight: 1, arbitrary: hostileValue })
  if (isNonNullType(type)) return value
  return fc.oneof({ weight: 10, arbitrary: value }, { weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) })
}

function wellTyped(type: GraphQLInputType, known: readonly string[]): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTyped(type.ofType, known)
  if (isListType(type)) {
    const item = argumentValue(type.ofType, known)
    // A single value where a list belongs is coerced to a list of one (GraphQL's input coercion).
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 5 }) },
      { weight: 1, arbitrary: item },
      { weight: 1, arbitrary: fc.array(item, { minLength: 100, maxLength: 300 }) },
    )
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name)
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(...values.map((value) => value.toLowerCase()), '', 'UNKNOWN') })
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, argumentValue(field.type, known)])))
  }
  if (isScalarType(type)) {
    const scalar = SCALARS[type.name]
    if (!scalar) throw new UnfuzzableTypeError(`No arbitrary for the scalar ${type.name}: add one to SCALARS in schema-arbitraries.ts`)
    return scalar(known)
  }
  throw new UnfuzzableTypeError(`No arbitrary for the input type ${String(type)}`)
}
