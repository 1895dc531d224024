import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { QUERY_LIMITS, type QueryLimits } from '../../api/src/common/limits'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from '../helpers/log-capture'
import { probe } from './http-probe'
import { LIMIT_PROBES, type ProbedLimit } from './limit-probes'

/** `count` fields the schema does not have: one validation error each. */
const unknownFields = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `unknown${index}`).join(' ')} }`
const ABORTED = 'Too many validation errors, error limit reached. Validation aborted.'

/**
 * OWASP GraphQL limits, each tried against the running API at exactly its value (answered) and one over (refused
 * with its own message), and the over-limit request against a server with only that limit switched off (answered):
 * so a request refused for another reason (graphql-js's own rules, a second limit) cannot keep a test green after
 * its limit is gone, and a limit one off its value fails the test.
 */
describe('GraphQL abuse limits', () => {
  const url = inject('apiUrl')
  let orm: MikroORM
  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
  })
  afterAll(async () => {
    await orm?.close()
  })

  async function withoutLimit<T>(limit: keyof QueryLimits, run: (url: string) => Promise<T>): Promise<T> {
    const server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, limits: { ...QUERY_LIMITS, [limit]: Infinity } })
    try {
      return await run(server.url)
    } finally {
      await server.stop()
    }
  }

  /** At the limit: answered. One over: refused with that limit's code and message. One over with only that limit off: answered. */
  async function expectExactLimit(limit: ProbedLimit): Promise<void> {
    const { atLimit, overLimit, status, code, message } = LIMIT_PROBES[limit]
    const at = await probe(url, atLimit)
    expect(at.status, at.text.slice(0, 300)).toBe(200)
    expect(at.body.errors, at.text.slice(0, 300)).toBeUndefined()
    const over = await probe(url, overLimit)
    expect(over.status, over.text.slice(0, 300)).toBe(status)
    expect(over.body.errors?.map((error) => error.extensions?.code)).toEqual([code])
    expect(over.body.errors?.[0]?.message).toMatch(message)
    const unlimited = await withoutLimit(limit, (unlimitedUrl) => probe(unlimitedUrl, overLimit))
    expect(unlimited.status, unlimited.text.slice(0, 300)).toBe(200)
    expect(unlimited.body.errors, unlimited.text.slice(0, 300)).toBeUndefined()
  }

  it('answers a query exactly as deep as the depth limit and refuses one level deeper', () => expectExactLimit('depth'))
  it('answers exactly as many aliases as the limit allows, of __typename too, and refuses one more', () => expectExactLimit('aliases'))
  it('answers exactly as many directives as the limit allows and refuses one more', () => expectExactLimit('directives'))
  it('answers a document of exactly the token limit and refuses one token more at parse time', () => expectExactLimit('tokens'))
  it('answers a query whose estimated cost is exactly the cost limit and refuses one costing one more', () => expectExactLimit('cost'))
  it('answers a request body of exactly the byte limit and refuses one byte more with 413', () => expectExactLimit('bodyBytes'))

  it('stops validating at the error limit, and reports every error up to there', async () => {
    const at = await probe(url, { query: unknownFields(QUERY_LIMITS.validationErrors) })
    expect(at.status).toBe(400)
    expect(at.body.errors?.map((error) => error.message)).toEqual(
      Array.from({ length: QUERY_LIMITS.validationErrors }, (_, index) => `Cannot query field "unknown${index}" on type "Query".`),
    )
    const over = await probe(url, { query: unknownFields(QUERY_LIMITS.validationErrors + 1) })
    expect(over.status).toBe(400)
    expect(over.body.errors).toHaveLength(QUERY_LIMITS.validationErrors + 1)
    expect(over.body.errors?.at(-1)?.message).toBe(ABORTED)
    expect(over.body.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true)
    const unlimited = await withoutLimit('validationErrors', (unlimitedUrl) => probe(unlimitedUrl, { query: unknownFields(QUERY_LIMITS.validationErrors + 1) }))
    expect(unlimited.body.errors?.map((error) => error.message)).toEqual(
      Array.from({ length: QUERY_LIMITS.validationErrors + 1 }, (_, index) => `Cannot query field "unknown${index}" on type "Query".`),
    )
  })

  it('counts the depth of the data, not the fragments a client cache writes it with', async () => {
    const fragments = 'fragment R on Region { counties { ...C } } fragment C on County { municipalities { ... on Municipality { county { region { slug } } } } }'
    const ok = await probe(url, { query: `{ regions { ...R } } ${fragments}` })
    expect(ok.body.errors).toBeUndefined()
    const deep = await probe(url, { query: `{ regions { counties { region { ...R } } } } ${fragments}` })
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  // Four aliases of 100 coordinators with their region's counties and municipalities: ~30,100 by the estimate.
  const heavy = 'coordinators(first: $n) { nodes { id title personName email phones { display e164 } region { name counties { name code municipalities { name code } } } } }'
  const heavyQuery = `query Heavy($n: Int) { a: ${heavy} b: ${heavy} c: ${heavy} d: ${heavy} }`

  it('refuses a query whose estimated cost is over 25,000, within every other limit, whether `first` is a variable or written out', async () => {
    for (const body of [{ query: heavyQuery, variables: { n: 100 } }, { query: heavyQuery.replace('($n: Int)', '').replaceAll('$n', '100') }]) {
      const result = await probe(url, body)
      expect(result.status).toBe(400)
      expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
      expect(result.body.errors?.[0]?.message).toMatch(/cost limit of 25000 exceeded, found 30\d{3}/i)
    }
  })

  it("accepts the same query for smaller pages, and answers bad variables as the client's error, not the cost check's", async () => {
    const small = await probe(url, { query: heavyQuery, variables: { n: 5 } })
    expect(small.status).toBe(200)
    expect(small.body.errors).toBeUndefined()
    const bad = await probe(url, { query: heavyQuery, variables: { n: 'many' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('refuses batched requests', async () => {
    const result = await probe(url, [{ query: '{ regions { slug } }' }, { query: '{ counties { code } }' }])
    expect(result.status).toBe(400)
  })

  it('never runs a mutation over GET', async () => {
    const mutation = encodeURIComponent('mutation { eraseNewsletterSubscription(token: "x") }')
    const response = await fetch(`${url}?query=${mutation}`, { headers: { 'apollo-require-preflight': 'true' } })
    expect(response.status).toBe(405)
  })

  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ regions { slug } }' }) })
    expect(response.status).toBe(400)
  })
})

describe('in production', () => {
  let orm: MikroORM
  let server: RunningServer

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', production: true, log: silentLog })
  })
  afterAll(async () => {
    await server.stop()
    await orm.close()
  })

  it('hides field suggestions from error messages', async () => {
    const result = await probe(server.url, { query: '{ regions { slu } }' })
    expect(result.status).toBe(400)
    expect(result.text).not.toMatch(/Did you mean/i)
  })

  it('serves no explorer page', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } })
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/)
  })
})
