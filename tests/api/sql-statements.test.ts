import type { MikroORM } from '@mikro-orm/postgresql'
import { GraphQLClient, gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { PUBLIC_TYPE_NAMES } from '../../cms/changes/public-types'
import { createServer, type RunningServer } from '../../api/src/server'
import { addCoordinators } from '../bench/enlarge'
import { operations, Q1_API } from '../bench/queries'
import { runCli } from '../helpers/run-cli'
import { statementLog } from '../helpers/statement-log'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'
import { silentLog } from '../helpers/log-capture'

const statements = statementLog()

/** The real server, in-process on port 0, on `databaseUrl`; `count` sends one query and returns its statements. */
function serverOn(databaseUrl: () => string) {
  let orm: MikroORM
  let server: RunningServer
  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: databaseUrl() })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog })
  }, 300_000)
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })
  const count = async (query: string, variables: Record<string, unknown> = {}) => {
    const client = new GraphQLClient(server.url)
    await client.request(query, variables) // warm-up: the count is of the steady state
    statements.clear()
    await client.request(query, variables)
    return statements.count
  }
  /** The statements of one request, as texts (for mutations, whose second request would not be a repeat). */
  const statementsOf = async (query: string, variables: Record<string, unknown>) => {
    statements.clear()
    await new GraphQLClient(server.url).request(query, variables)
    return statements.texts
  }
  return { count, statementsOf, request: <T>(query: string) => new GraphQLClient(server.url).request<T>(query) }
}

/** Every public type's document with a nested relation, so that each type's loaders and their children are counted. */
const CHANGED_DOCUMENTS = gql`
  query ($first: Int, $types: [PublicType!]) {
    changes(first: $first, types: $types) {
      nodes {
        document {
          __typename
          ... on Region { name counties { name } }
          ... on County { name region { name } }
          ... on Municipality { name county { name } }
          ... on Coordinator { title phones { display } region { name } }
          ... on Organisation { name }
          ... on Network { name members { name } }
          ... on Programme { name operator { name } }
          ... on ManualStep { title responsibleOrganisations { name } }
          ... on Concept { term related { term } }
          ... on Page { title }
          ... on Publication { title }
          ... on SupportLine { name }
        }
      }
    }
  }
`

const BENCH = Object.fromEntries(operations({ coordinators: 0, counties: 0, regions: 0, nordCoordinators: 0 }).map((op) => [op.id, op.api.query]))

/** No N+1: a nested list query must cost the same number of statements for 1 region as for all 7, for 5 municipalities as for 100. */
describe('SQL statements per query', () => {
  const { count, statementsOf } = serverOn(() => inject('databaseUrl'))

  const NESTED = gql`
    query Nested($slug: String!) {
      all: regions { name counties { name municipalities { name county { name } } } coordinators { title phones { display } region { name } } }
      one: region(slug: $slug) { name counties { name municipalities { name } } coordinators { title } }
    }
  `

  it('does not grow with the number of regions, counties and municipalities', async () => {
    const allRegions = await count(gql`{ regions { name counties { name municipalities { name region { slug } } } coordinators { title tasks phones { display } } } }`)
    const oneRegion = await count(gql`{ region(slug: "nord") { name counties { name municipalities { name region { slug } } } coordinators { title tasks phones { display } } } }`)
    console.log(`SQL statements: all regions ${allRegions}, one region ${oneRegion}`)
    expect(allRegions).toBe(oneRegion)
    expect(allRegions).toBeLessThanOrEqual(12)
    // All regions beside one region in one document: no more than the two cost apart (an N+1 would cost dozens).
    // Not an exact count: how much the two fields' loaders share depends on timing (5 to 7 seen).
    const nested = await count(NESTED, { slug: 'vast' })
    console.log(`SQL statements: all regions beside one region ${nested}`)
    expect(nested).toBeGreaterThanOrEqual(allRegions)
    expect(nested).toBeLessThanOrEqual(allRegions + oneRegion)
  })

  it('does not grow with the page size of municipalities', async () => {
    const page = (first: number) => count(gql`query ($first: Int) { municipalities(first: $first) { nodes { name county { name region { name coordinators { title } } } } } }`, { first })
    expect(await page(5)).toBe(await page(100))
  })

  // The benchmark's operations (tests/bench/queries.ts): at most 2 statements each.
  it.each(['Q1', 'Q2', 'Q3', 'Q4'])('%s takes at most 2 statements', async (id) => {
    const used = await count(BENCH[id]!)
    console.log(`SQL statements: ${id} ${used}`)
    expect(used).toBeLessThanOrEqual(2)
  })

  it('M1 subscribeToNewsletter takes 2 statements besides BEGIN/COMMIT, the outbox row and its NOTIFY among them', async () => {
    const subscribe = (email: string) => statementsOf(BENCH.M1!, { input: { email, topics: ['NEWS', 'EVENTS'], locale: 'SV', consent: { given: true, textVersion: '2026-11' } } })
    const run = Date.now().toString(36)
    await subscribe(`sqlcount-warm-${run}@example.org`)
    const used = await subscribe(`sqlcount-${run}@example.org`)
    const work = used.filter((text) => !/^\s*(begin|commit|rollback)\b/i.test(text))
    console.log(`SQL statements: M1 ${work.length} besides ${used.length - work.length} BEGIN/COMMIT`)
    expect(work).toHaveLength(2)
    expect(work.filter((text) => text.includes('nspm_api.outbox') && text.includes('pg_notify'))).toHaveLength(1)
    expect(used.length - work.length).toBe(2)
  })

  it('region(slug) with counties and coordinators takes at most 2 statements', async () => {
    expect(await count(gql`{ region(slug: "vast") { name counties { code name } coordinators { title phones { display } languages tasks } } }`)).toBeLessThanOrEqual(2)
  })

  it('a page of the change feed takes one statement, whatever its size and filter', async () => {
    const page = (first: number, types?: string[]) =>
      count(gql`query ($first: Int, $types: [PublicType!]) { changes(first: $first, types: $types) { nodes { id cursor type documentId action changedAt } pageInfo { endCursor hasNextPage } } }`, { first, types })
    expect(await page(0)).toBe(1)
    expect(await page(1)).toBe(1)
    expect(await page(100)).toBe(1)
    expect(await page(100, ['Coordinator', 'Publication'])).toBe(1)
  })

  it('the documents of a page of changes are read once per type and nested part, whatever the page size (no N+1)', async () => {
    const page = (first: number, types?: string[]) => count(CHANGED_DOCUMENTS, { first, types })
    const perType: Record<string, number> = {}
    for (const type of PUBLIC_TYPE_NAMES) {
      perType[type] = await page(100, [type])
      expect(await page(5, [type]), type).toBe(perType[type])
    }
    // A page of every type costs at most the log read and what each type's documents cost alone.
    const mixed = await page(100)
    const bound = 1 + Object.values(perType).reduce((sum, used) => sum + used - 1, 0)
    console.log(`SQL statements: changes with documents, per type ${JSON.stringify(perType)}, all types ${mixed}`)
    expect(mixed).toBeLessThanOrEqual(bound)
  })

  it('a page of coordinators takes one statement, whatever its size', async () => {
    const page = (first: number) => count(gql`query ($first: Int) { coordinators(first: $first) { totalCount nodes { title phones { display } tasks } } }`, { first })
    expect(await page(1)).toBe(1)
    expect(await page(100)).toBe(1)
  })
})

/** Q1 on its own database, seeded like the suite's, before and after 50 more coordinators. */
describe('SQL statements of the region page as coordinators are added', () => {
  let databaseUrl = ''
  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_sqlcount')
    const seeded = await runCli('seed/cli.ts', {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: inject('payloadSecret'),
      ADMIN_EMAIL: 'admin@sqlcount.nspm.localhost',
      ADMIN_PASSWORD: 'sql-count-only-1234',
    })
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
  }, 300_000)
  afterAll(async () => {
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl).catch(() => {})
  })
  const { count, request } = serverOn(() => databaseUrl)

  it('is the same with 7 coordinators and with 57', async () => {
    const seeded = await count(Q1_API)
    await withClient(databaseUrl, (client) => addCoordinators(client, 50))
    const enlarged = await count(Q1_API)
    const { regions } = await request<{ regions: { coordinators: unknown[] }[] }>(Q1_API)
    console.log(`SQL statements: Q1 with the seed ${seeded}, with 50 more coordinators ${enlarged}`)
    expect(regions.flatMap((region) => region.coordinators)).toHaveLength(57)
    expect(enlarged).toBe(seeded)
    expect(enlarged).toBeLessThanOrEqual(2)
  })
})
