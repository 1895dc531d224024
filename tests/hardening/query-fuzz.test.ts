import type { MikroORM } from '@mikro-orm/postgresql'
import fc from 'fast-check'
import { getNamedType, isLeafType, isObjectType, isRequiredArgument, type GraphQLField, type GraphQLNamedType } from 'graphql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { buildApiSchema } from '../../api/src/schema'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from '../helpers/log-capture'
import { judge, keysIn, personalCandidates, type Answer, type GraphqlBody } from './fuzz-verdict'
import { probe } from './http-probe'
import { argumentValue } from './schema-arbitraries'

/**
 * Property-based fuzzing of every argument of every public query, against the real API (production mode) and the
 * seeded database. The queries and their arguments come from the schema itself, so a new query is fuzzed as soon as
 * it exists; an argument type the arbitraries cannot produce fails the run. Whatever a client sends, the answer is
 * data or a known client error (judge in fuzz-verdict.ts), and no error repeats the input.
 */

const RUNS_PER_QUERY = 150
const ALLOWED_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'CURSOR_EXPIRED']
type Field = GraphQLField<unknown, unknown>

const schema = await buildApiSchema()
const QUERIES: readonly Field[] = Object.values(schema.getQueryType()?.getFields() ?? {})

/** `__typename` and the leaves without required arguments; objects one level further down the same way. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return ''
  if (!isObjectType(type) || depth >= 2) return '{ __typename }'
  const fields = Object.values(type.getFields()).filter((field) => !field.args.some(isRequiredArgument))
  const selected = fields.map((field) => {
    const named = getNamedType(field.type)
    return isLeafType(named) ? field.name : `${field.name} ${selection(named, depth + 1)}`
  })
  return `{ __typename ${selected.join(' ')} }`
}

/** The query with every argument passed as a variable of exactly the argument's type. */
function documentFor(query: Field): string {
  const variables = query.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')
  const args = query.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
  return `query Fuzz${variables ? `(${variables})` : ''} { ${query.name}${args ? `(${args})` : ''} ${selection(getNamedType(query.type))} }`
}

/** Every value of a scalar in a value (a list's items included). */
const scalarsIn = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.flatMap(scalarsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(scalarsIn) : [value]

describe('query fuzzing', () => {
  let orm: MikroORM
  let server: RunningServer
  /** Real slugs, codes, names, numbers and cursors of the seeded content: strings that find something now and then. */
  const known: string[] = []

  async function post(payload: unknown): Promise<Answer> {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })
    const text = await response.text()
    let body: GraphqlBody = {}
    try {
      body = JSON.parse(text) as GraphqlBody
    } catch {
      // judged through `text`
    }
    return { status: response.status, text, body, retryAfter: response.headers.get('retry-after') }
  }

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    // Production as deployed; queries not counted against a budget, so that RATE_LIMITED does not hide the answers.
    server = await createServer({ orm, port: 0, host: '127.0.0.1', production: true, queriesPerMinute: 0, log: silentLog })
    const seeded = await post({
      query: `{ regions { slug name } counties { code } municipalities(first: 100) { nodes { code name } pageInfo { endCursor } } concepts { slug term }
        pages { slug } programmes { slug } networks { slug } manualSteps { number } organisations(first: 20) { nodes { slug } pageInfo { endCursor } }
        changes(first: 2) { pageInfo { endCursor } } coordinators(first: 2) { pageInfo { endCursor } } publications(first: 5) { nodes { languages } pageInfo { endCursor } } }`,
    })
    expect(seeded.body.errors, seeded.text).toBeUndefined()
    for (const value of scalarsIn(seeded.body.data)) if (typeof value === 'string' || typeof value === 'number') known.push(String(value))
    known.push('människohandel', 'stöd', '"human trafficking" -prostitution')
  })
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })

  it('fuzzes every query of the schema', () => {
    expect(QUERIES.length).toBeGreaterThan(20)
    // Building the arbitraries throws for an argument type they cannot produce: such a query would go unfuzzed.
    for (const query of QUERIES) for (const arg of query.args) expect(() => argumentValue(arg.type, []), `${query.name}(${arg.name})`).not.toThrow()
  })

  it.each(QUERIES.map((query) => [`${query.name}(${query.args.map((arg) => arg.name).join(', ')})`, query] as const))('%s', async (name, query) => {
    const document = documentFor(query)
    const cases = fc.record(Object.fromEntries(query.args.map((arg) => [arg.name, argumentValue(arg.type, known)])))
    const outcomes = new Map<string, number>()
    const sent = new Set<string>()
    const started = Date.now()
    await fc.assert(
      fc.asyncProperty(cases, async (variables) => {
        const answer = await post({ query: document, variables })
        const mustNotEcho = personalCandidates(scalarsIn(variables), keysIn(variables)).filter((value) => !known.includes(value.trim()))
        const outcome = judge(answer, { variables, allowedCodes: ALLOWED_CODES, mustNotEcho, echoIn: 'errors' })
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
        for (const [arg, value] of Object.entries(variables)) if (value !== undefined && value !== null) sent.add(arg)
      }),
      { numRuns: RUNS_PER_QUERY },
    )
    console.log(`[fuzz] ${name}: ${RUNS_PER_QUERY} runs in ${((Date.now() - started) / 1000).toFixed(1)} s, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`)
    // Every argument was sent with a value: none of them went unfuzzed.
    expect([...sent].sort()).toEqual(query.args.map((arg) => arg.name).sort())
  })
})

/** What the fuzzing found, each pinned by its counterexample. */
describe('query fuzzing regressions', () => {
  let orm: MikroORM
  let server: RunningServer
  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', production: true, queriesPerMinute: 0, log: silentLog })
  })
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })
  const ask = (query: string, variables: Record<string, unknown>) => probe(server.url, { query, variables })

  it('refuses a NUL in a text argument as bad input, not as a lost database connection (503)', async () => {
    const answer = await ask('query ($slug: String!) { region(slug: $slug) { id } }', { slug: '\u0000stockholm' })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' })
  })

  it('refuses instants outside the years 1 to 9999 as bad input, not INTERNAL_SERVER_ERROR', async () => {
    for (const [query, variable] of [
      ['query ($t: DateTimeISO) { publications(updatedSince: $t) { totalCount } }', 't'],
      ['query ($t: DateTimeISO) { coordinators(updatedSince: $t) { totalCount } }', 't'],
      ['query ($t: DateTimeISO) { supportLine(at: $t) { isOpenNow } }', 't'],
    ] as const) {
      const answer = await ask(query, { [variable]: '0000-01-01T00:00:00.000Z' })
      expect(answer.status, answer.text).toBe(400)
      expect(
        answer.body.errors?.map((error) => error.extensions?.code),
        answer.text,
      ).toEqual(['BAD_USER_INPUT'])
    }
    const literal = await probe(server.url, { query: '{ supportLine(at: "0000-06-01T12:00:00.000Z") { isOpenNow } }' })
    expect(
      literal.body.errors?.map((error) => error.extensions?.code),
      literal.text,
    ).toEqual(['GRAPHQL_VALIDATION_FAILED'])
  })

  it('refuses a publication language the CMS does not offer as bad input, not INTERNAL_SERVER_ERROR', async () => {
    const answer = await ask('query ($language: String) { publications(language: $language) { totalCount } }', { language: 'bergslagen' })
    expect(answer.body.errors?.[0]?.extensions, answer.text).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' })
    const known = await ask('query ($language: String) { publications(language: $language) { totalCount } }', { language: 'en' })
    expect(known.body.errors, known.text).toBeUndefined()
  })

  it('names what is wrong with an enum or a timestamp without repeating the value', async () => {
    const enumAnswer = await ask('query ($locale: Locale) { regions(locale: $locale) { id } }', { locale: 'UNKNOWN-VALUE' })
    expect(enumAnswer.body.errors?.[0]?.message).toBe('Variable "$locale" got an invalid value; The value does not exist in "Locale" enum.')
    const timeAnswer = await ask('query ($t: DateTimeISO) { coordinators(updatedSince: $t) { totalCount } }', { t: '+010000-01-01T00:00:00.000Z' })
    expect(timeAnswer.body.errors?.[0]?.message).toBe('Variable "$t" got an invalid value; DateTime cannot represent an invalid date-time-string.')
    // The value may hold "; ", where the reason used to be cut off: it came back in the message.
    const objectAnswer = await ask('query ($query: String!) { search(query: $query) { rank } }', { query: { '': ["'; DROP TABLE material_orders; --", 'secret-value'] } })
    expect(objectAnswer.body.errors?.[0]?.message).toBe('Variable "$query" got an invalid value; String cannot represent a non string value.')
  })
})
