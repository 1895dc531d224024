import type { MikroORM } from '@mikro-orm/postgresql'
import { GraphQLClient, gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { PUBLIC_TYPE_NAMES } from '../../contracts/public-types'
import { createServer, type RunningServer } from '../../api/src/server'
import { addCoordinators } from '../bench/enlarge'
import { operations, Q1_API } from '../bench/queries'
import { deleteSends, insertSend } from '../helpers/newsletter-archive'
import { runCli } from '../helpers/run-cli'
import { statementLog } from '../helpers/statement-log'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'
import { silentLog } from '../helpers/log-capture'

const statements = statementLog()

/** What the read model's refresh sends (read-model/load.ts), never a request. */
const BACKGROUND = /"content_changes"|"coordinator_checks"|change_log_horizon WHERE id = 1$|from "\w+" as "\w+"/

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
    // Other test files publish meanwhile: the first search after a publish rebuilds the search index (under its
    // advisory lock), and the server's snapshot refreshes in the background (MikroORM's quoted reads of the change
    // log and the checks). Neither is the request's own, so the request is asked again.
    for (let attempt = 1; ; attempt++) {
      statements.clear()
      await client.request(query, variables)
      if (attempt === 5 || !statements.texts.some((text) => text.includes('pg_advisory_xact_lock') || BACKGROUND.test(text))) return statements.count
    }
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
          ... on Region {
            name
            counties {
              name
            }
          }
          ... on County {
            name
            region {
              name
            }
          }
          ... on Municipality {
            name
            county {
              name
            }
          }
          ... on Coordinator {
            title
            phones {
              display
            }
            region {
              name
            }
          }
          ... on Organisation {
            name
          }
          ... on Network {
            name
            members {
              name
            }
          }
          ... on Programme {
            name
            operator {
              name
            }
          }
          ... on ManualStep {
            title
            responsibleOrganisations {
              name
            }
          }
          ... on Concept {
            term
            related {
              term
            }
          }
          ... on Page {
            title
          }
          ... on Publication {
            title
          }
          ... on SupportLine {
            name
          }
        }
      }
    }
  }
`

const BENCH = Object.fromEntries(operations({ coordinators: 0, counties: 0, regions: 0, nordCoordinators: 0, publications: 0 }).map((op) => [op.id, op.api.query]))

/** No N+1: a nested list query must cost the same number of statements for 1 region as for all 7, for 5 municipalities as for 100. */
describe('SQL statements per query', () => {
  const { count, statementsOf } = serverOn(() => inject('databaseUrl'))

  const NESTED = gql`
    query Nested($slug: String!) {
      all: regions {
        name
        counties {
          name
          municipalities {
            name
            county {
              name
            }
          }
        }
        coordinators {
          title
          phones {
            display
          }
          region {
            name
          }
        }
      }
      one: region(slug: $slug) {
        name
        counties {
          name
          municipalities {
            name
          }
        }
        coordinators {
          title
        }
      }
    }
  `

  it('does not grow with the number of regions, counties and municipalities', async () => {
    const allRegions = await count(gql`
      {
        regions {
          name
          counties {
            name
            municipalities {
              name
              region {
                slug
              }
            }
          }
          coordinators {
            title
            tasks
            phones {
              display
            }
          }
        }
      }
    `)
    const oneRegion = await count(gql`
      {
        region(slug: "nord") {
          name
          counties {
            name
            municipalities {
              name
              region {
                slug
              }
            }
          }
          coordinators {
            title
            tasks
            phones {
              display
            }
          }
        }
      }
    `)
    console.log(`SQL statements: all regions ${allRegions}, one region ${oneRegion}`)
    // Published content is read from the process's snapshot (api/src/read-model/): no statement at all.
    expect(allRegions).toBe(0)
    expect(oneRegion).toBe(0)
    const nested = await count(NESTED, { slug: 'vast' })
    console.log(`SQL statements: all regions beside one region ${nested}`)
    expect(nested).toBe(0)
  })

  it('a page of municipalities takes none, whatever its size', async () => {
    const page = (first: number) =>
      count(
        gql`
          query ($first: Int) {
            municipalities(first: $first) {
              nodes {
                name
                county {
                  name
                  region {
                    name
                    coordinators {
                      title
                    }
                  }
                }
              }
            }
          }
        `,
        { first },
      )
    expect(await page(5)).toBe(0)
    expect(await page(100)).toBe(0)
  })

  // The benchmark's operations (tests/bench/queries.ts): at most 2 statements each (the target), and the snapshot's
  // reads none; Q4, the search, ranks in SQL.
  it.each([
    ['Q1', 0],
    ['Q2', 0],
    ['Q3', 0],
    ['Q4', 2],
    ['supportLine', 0],
    ['publications', 0],
  ])('%s takes at most %i statements', async (id, most) => {
    const used = await count(BENCH[id]!)
    console.log(`SQL statements: ${id} ${used}`)
    expect(used).toBeLessThanOrEqual(most)
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

  it('region(slug) with counties and coordinators takes none', async () => {
    expect(
      await count(gql`
        {
          region(slug: "vast") {
            name
            counties {
              code
              name
            }
            coordinators {
              title
              phones {
                display
              }
              languages
              tasks
            }
          }
        }
      `),
    ).toBe(0)
  })

  it('a page of the change feed takes one statement, whatever its size and filter', async () => {
    const page = (first: number, types?: string[]) =>
      count(
        gql`
          query ($first: Int, $types: [PublicType!]) {
            changes(first: $first, types: $types) {
              nodes {
                id
                cursor
                type
                documentId
                action
                changedAt
              }
              pageInfo {
                endCursor
                hasNextPage
              }
            }
          }
        `,
        { first, types },
      )
    expect(await page(0)).toBe(1)
    expect(await page(1)).toBe(1)
    expect(await page(100)).toBe(1)
    expect(await page(100, ['Coordinator', 'Publication'])).toBe(1)
  })

  it('a page of the newsletter archive and one issue take one statement each, whatever the page size', async () => {
    const slug = `sqlcount-${Date.now().toString(36)}`
    const text = { subject: 'Ämne', preheader: '', bodyHtml: '<p>Text</p>', bodyText: 'Text' }
    const id = await insertSend({ slug, language: 'both', topics: ['news'], texts: { sv: text, en: text } })
    try {
      const list = (first: number, topic?: string) =>
        count(
          gql`
            query ($first: Int, $topic: NewsletterTopic) {
              newsletterIssues(first: $first, topic: $topic) {
                totalCount
                nodes {
                  slug
                  subject
                  body {
                    html
                  }
                }
                pageInfo {
                  endCursor
                }
              }
            }
          `,
          { first, topic },
        )
      expect(await list(1)).toBe(1)
      expect(await list(100)).toBe(1)
      expect(await list(100, 'NEWS')).toBe(1)
      expect(
        await count(
          gql`
            query ($slug: String!) {
              newsletterIssue(slug: $slug) {
                subject
              }
            }
          `,
          { slug },
        ),
      ).toBe(1)
    } finally {
      await deleteSends([id])
    }
  })

  it('the documents of a page of changes come from the snapshot: the log read is the only statement', async () => {
    const page = (first: number, types?: string[]) => count(CHANGED_DOCUMENTS, { first, types })
    for (const type of PUBLIC_TYPE_NAMES) {
      expect(await page(100, [type]), type).toBe(1)
      expect(await page(5, [type]), type).toBe(1)
    }
    expect(await page(100)).toBe(1)
  })

  it('a page of coordinators takes none, whatever its size', async () => {
    const page = (first: number) =>
      count(
        gql`
          query ($first: Int) {
            coordinators(first: $first) {
              totalCount
              nodes {
                title
                phones {
                  display
                }
                tasks
              }
            }
          }
        `,
        { first },
      )
    expect(await page(1)).toBe(0)
    expect(await page(100)).toBe(0)
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
    // The insert's change-log notification refreshes the snapshot in the background: wait for it, then count.
    const coordinators = async () => (await request<{ regions: { coordinators: unknown[] }[] }>(Q1_API)).regions.flatMap((region) => region.coordinators)
    await expect.poll(async () => (await coordinators()).length, { timeout: 10_000, interval: 50 }).toBe(57)
    const enlarged = await count(Q1_API)
    console.log(`SQL statements: Q1 with the seed ${seeded}, with 50 more coordinators ${enlarged}`)
    expect(enlarged).toBe(seeded)
    expect(enlarged).toBe(0)
  })
})

describe('the search statement', () => {
  let orm: MikroORM
  let server: RunningServer
  beforeAll(async () => {
    // One connection, so that the session whose prepared statements are listed is the one every search used.
    orm = await createOrm({ databaseUrl: inject('databaseUrl'), poolMax: 1 })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog })
  }, 300_000)
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })

  it('is prepared once per connection and executed for every search, whatever the words', async () => {
    const client = new GraphQLClient(server.url)
    const words = ['människohandel', 'Kiruna', 'reflection period', 'manniskohandeln']
    for (const query of words)
      await client.request(
        gql`
          query ($q: String!) {
            search(query: $q, first: 3) {
              rank
            }
          }
        `,
        { q: query },
      )
    const prepared = await orm.em
      .fork()
      .execute<{ name: string; statement: string; runs: number }[]>('SELECT name, statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements')
    const search = prepared.filter((row) => row.statement.includes('search_documents') && !row.statement.includes('INSERT'))
    expect(search.map((row) => row.name)).toEqual(['nspm_search'])
    // Every search, plus the second one after a search that found the index stale and rebuilt it.
    expect(search[0]?.runs).toBeGreaterThanOrEqual(words.length)
    // Its bindings are parameters, not text: the statement holds none of the words.
    expect(words.some((word) => search[0]?.statement.includes(word))).toBe(false)
  })
})
