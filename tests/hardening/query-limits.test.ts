import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from '../helpers/log-capture'

type GraphqlBody = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphqlBody; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
  const text = await response.text()
  let parsed: GraphqlBody = {}
  try {
    parsed = JSON.parse(text) as GraphqlBody
  } catch {
    // non-JSON answers are checked through `text`
  }
  return { status: response.status, body: parsed, text }
}

const nest = (depth: number) => `{ regions { ${'counties { region { '.repeat(Math.ceil(depth / 2))}slug${' } }'.repeat(Math.ceil(depth / 2))} } }`

/** OWASP GraphQL limits at graphql-armor's defaults, tried against the running API. */
describe('GraphQL abuse limits', () => {
  const url = inject('apiUrl')

  it('accepts the deepest legitimate query and refuses one level more', async () => {
    const ok = await post(url, { query: '{ regions { counties { municipalities { county { region { slug } } } } } }' })
    expect(ok.body.errors).toBeUndefined()
    const deep = await post(url, { query: nest(8) })
    expect(deep.status).toBe(400)
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('counts the depth of the data, not the fragments a client cache writes it with', async () => {
    const fragments = 'fragment R on Region { counties { ...C } } fragment C on County { municipalities { ... on Municipality { county { region { slug } } } } }'
    const ok = await post(url, { query: `{ regions { ...R } } ${fragments}` })
    expect(ok.body.errors).toBeUndefined()
    const deep = await post(url, { query: `{ regions { counties { region { ...R } } } } ${fragments}` })
    expect(deep.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: regions { slug }`).join(' ')
    const result = await post(url, { query: `{ ${aliases} }` })
    expect(result.status).toBe(400)
    expect(result.body.errors?.[0]?.message).toMatch(/alias/i)
  })

  it('refuses more than 50 directives', async () => {
    const result = await post(url, { query: `{ regions { slug ${'@include(if: true) '.repeat(51)} } }` })
    expect(result.status).toBe(400)
  })

  // Four aliases of 100 coordinators with their region's counties and municipalities: ~30,100 by the estimate.
  const heavy = 'coordinators(first: $n) { nodes { id title personName email phones { display e164 } region { name counties { name code municipalities { name code } } } } }'
  const heavyQuery = `query Heavy($n: Int) { a: ${heavy} b: ${heavy} c: ${heavy} d: ${heavy} }`

  it('refuses a query whose estimated cost is over 25,000, within every other limit, whether `first` is a variable or written out', async () => {
    for (const body of [{ query: heavyQuery, variables: { n: 100 } }, { query: heavyQuery.replace('($n: Int)', '').replaceAll('$n', '100') }]) {
      const result = await post(url, body)
      expect(result.status).toBe(400)
      expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
      expect(result.body.errors?.[0]?.message).toMatch(/cost limit of 25000 exceeded, found 30\d{3}/i)
    }
  })

  it('accepts the same query for smaller pages, and answers bad variables as the client\'s error, not the cost check\'s', async () => {
    const small = await post(url, { query: heavyQuery, variables: { n: 5 } })
    expect(small.status).toBe(200)
    expect(small.body.errors).toBeUndefined()
    const bad = await post(url, { query: heavyQuery, variables: { n: 'many' } })
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('answers an oversized document with 400 at parse time, never 500', async () => {
    const fields = Array.from({ length: 1200 }, () => 'slug').join(' ')
    const result = await post(url, { query: `{ regions { ${fields} } }` })
    expect(result.status).toBe(400)
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
  })

  it('refuses request bodies over 64 kB with 413', async () => {
    const result = await post(url, { query: '{ regions { slug } }', variables: { padding: 'x'.repeat(70 * 1024) } })
    expect(result.status).toBe(413)
  })

  it('refuses batched requests', async () => {
    const result = await post(url, [{ query: '{ regions { slug } }' }, { query: '{ counties { code } }' }])
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
    const result = await post(server.url, { query: '{ regions { slu } }' })
    expect(result.status).toBe(400)
    expect(result.text).not.toMatch(/Did you mean/i)
  })

  it('serves no explorer page', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } })
    expect(response.headers.get('content-type')).not.toMatch(/text\/html/)
  })
})
