import type { MikroORM } from '@mikro-orm/postgresql'
import { GraphQLClient, gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'

/**
 * No N+1: the real server, in-process on port 0, with an ORM that counts the SQL statements it sends. A nested
 * list query must cost the same number of statements for 1 region as for all 7, for 5 municipalities as for 100.
 */
describe('SQL statements per query', () => {
  let orm: MikroORM
  let server: RunningServer
  let statements = 0

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl'), debug: ['query'], logger: () => (statements += 1) })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log: () => {} })
  })
  afterAll(async () => {
    await server.stop()
    await orm.close()
  })

  const count = async (query: string, variables: Record<string, unknown> = {}) => {
    statements = 0
    await new GraphQLClient(server.url).request(query, variables)
    return statements
  }

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
    expect(await count(NESTED, { slug: 'vast' })).toBeGreaterThan(0)
  })

  it('does not grow with the page size of municipalities', async () => {
    const page = (first: number) => count(gql`query ($first: Int) { municipalities(first: $first) { nodes { name county { name region { name coordinators { title } } } } } }`, { first })
    expect(await page(5)).toBe(await page(100))
  })
})
