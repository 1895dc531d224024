import { QUERY_LIMITS, type QueryLimits } from '../../api/src/common/limits'

/**
 * For each query limit, a request exactly at the limit and one just over it, and what the refusal says. The
 * over-limit request is within every other limit and valid GraphQL, so that only this limit can refuse it: the
 * same request is answered by a server with this limit switched off (query-limits.test.ts proves both).
 */
export type LimitProbe = {
  atLimit: unknown
  overLimit: unknown
  status: number
  code: string
  message: RegExp
}

const L = QUERY_LIMITS
const repeat = (count: number, text: (index: number) => string) => Array.from({ length: count }, (_, index) => text(index)).join(' ')

/** regions(1) counties(2) municipalities(3) county(4) region(5) counties(6) … one field per level, a leaf last. */
const LEVELS = ['regions', 'counties', 'municipalities', 'county', 'region', 'counties', 'municipalities', 'county']
function nested(depth: number): string {
  const path = LEVELS.slice(0, depth - 1)
  return `{ ${path.map((field) => `${field} {`).join(' ')} id ${'} '.repeat(path.length)}}`
}

/** Four pages of coordinators with their regions' municipalities and one count: 25,000 exactly (query-cost.ts). */
const rich = 'coordinators(first: $n) { nodes { id title personName email phones { display e164 } region { name counties { name code municipalities { name code } } } } }'
const costing = (extra: string) => ({
  query: `query Rich($n: Int) { a: ${rich} b: ${rich} c: ${rich} d: ${rich} total: coordinators(first: 85) { totalCount } ${extra} }`,
  variables: { n: 82 },
})

/** `{ __typename … }`: two braces and a field per token. */
const tokens = (count: number) => `{ ${'__typename '.repeat(count - 2)}}`

/** A POST body of exactly `bytes` bytes. */
function bodyOf(bytes: number): string {
  const empty = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } })
  return JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes - empty.length) } })
}

/** Every limit but `validationErrors`, whose refusal is an answer of its own (query-limits.test.ts). */
export type ProbedLimit = Exclude<keyof QueryLimits, 'validationErrors'>

export const LIMIT_PROBES: Readonly<Record<ProbedLimit, LimitProbe>> = {
  depth: {
    atLimit: { query: nested(L.depth) },
    overLimit: { query: nested(L.depth + 1) },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`Query depth limit of ${L.depth} exceeded, found ${L.depth + 1}`),
  },
  // Aliases of __typename too: armor leaves them out by default, and graphql-cop's 101 of them were answered.
  aliases: {
    atLimit: { query: `{ ${repeat(L.aliases, (i) => `a${i}: __typename`)} }` },
    overLimit: { query: `{ ${repeat(L.aliases + 1, (i) => `a${i}: __typename`)} }` },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`Aliases limit of ${L.aliases} exceeded, found ${L.aliases + 1}`),
  },
  // One @include per field: valid GraphQL however many there are (the same directive twice on one field is not).
  directives: {
    atLimit: { query: `{ ${'__typename @include(if: true) '.repeat(L.directives)}}` },
    overLimit: { query: `{ ${'__typename @include(if: true) '.repeat(L.directives + 1)}}` },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`Directives limit of ${L.directives} exceeded, found ${L.directives + 1}`),
  },
  tokens: {
    atLimit: { query: tokens(L.tokens) },
    overLimit: { query: tokens(L.tokens + 1) },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: new RegExp(`Document contains more tha[nt] ${L.tokens} tokens`),
  },
  cost: {
    atLimit: costing(''),
    overLimit: costing('__typename'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`cost limit of ${L.cost} exceeded, found ${L.cost + 1}\\b`, 'i'),
  },
  bodyBytes: { atLimit: bodyOf(L.bodyBytes), overLimit: bodyOf(L.bodyBytes + 1), status: 413, code: 'PAYLOAD_TOO_LARGE', message: /too large/ },
}
