import 'reflect-metadata'
import type pg from 'pg'
import { startResponseCaching } from '../../api/src/cache/invalidation'
import { createOrm, migrateApiSchema } from '../../api/src/orm'
import { createServer } from '../../api/src/server'
import { runMain } from '../../runtime/errors'
import { statementLog } from '../helpers/statement-log'
import { dropDatabase, withClient } from '../helpers/test-database'
import { createBenchDatabase } from './database'
import { silentLog } from '../helpers/log-capture'

/**
 * The change feed's walk of 10,000 changes, measured (not asserted): `npx tsx tests/bench/feed-walk.ts`
 * [--keep-database]. A fresh database on the bench's PostgreSQL (DATABASE_URL, or the embedded one), seeded; then
 * 10,000 changes made with SQL (updates of published rows fire the same triggers as a publish, plus a few
 * unpublishes and republishes); then the real server in this process walks the feed with `first: 100` over HTTP,
 * once with the changes alone and once with each change's document. SQL statements are counted at the pg driver,
 * as tests/bench/sql-count.ts does.
 */
const CHANGES = 10_000
const PAGE = 100
const TABLES = ['municipalities', 'organisations', 'coordinators', 'publications', 'concepts', 'counties', 'regions'] as const

const statements = statementLog()

const SELECTIONS = {
  'changes alone': 'id cursor type documentId action changedAt',
  'with documents': `id type documentId action document { __typename
    ... on Municipality { name county { name } } ... on Organisation { name website } ... on Coordinator { title phones { display } region { slug } }
    ... on Publication { title } ... on Concept { term } ... on County { name } ... on Region { name } }`,
}

type Page = { data?: { changes: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }; errors?: unknown[] }

/** Adds exactly `count` changes, one statement (and transaction) per table and round; returns the log's id before them. */
async function addChanges(client: pg.Client, count: number): Promise<number> {
  const before = Number((await client.query<{ id: string | null }>('SELECT max(id) AS id FROM content_changes')).rows[0]?.id ?? 0)
  for (let added = 0, round = 0; added < count; round++) {
    for (const table of TABLES) {
      const limit = Math.min(count - added, 400)
      if (limit === 0) break
      const { rowCount } = await client.query(`UPDATE "${table}" SET updated_at = now() WHERE id IN (SELECT id FROM "${table}" WHERE _status = 'published' ORDER BY id LIMIT $1)`, [
        limit,
      ])
      added += rowCount ?? 0
    }
    if (count - added >= 2) {
      // A tombstone and a re-creation, so that pages carry every kind of change.
      const id = (await client.query<{ id: number }>(`SELECT id FROM organisations WHERE _status = 'published' ORDER BY id OFFSET $1 LIMIT 1`, [round % 10])).rows[0]?.id
      await client.query(`UPDATE organisations SET _status = 'draft' WHERE id = $1`, [id])
      await client.query(`UPDATE organisations SET _status = 'published' WHERE id = $1`, [id])
      added += 2
    }
  }
  const after = Number((await client.query<{ count: string }>('SELECT count(*) FROM content_changes WHERE id > $1', [before])).rows[0]?.count)
  if (after !== count) throw new Error(`expected ${count} new changes in the log, found ${after}`)
  return before
}

/** Walks the feed from `from` to its end in pages of PAGE, checking the order; the figures of one walk. */
async function walk(url: string, selection: string, from: string): Promise<Record<string, number>> {
  const query = `query ($after: String, $first: Int) { changes(after: $after, first: $first) { nodes { ${selection} } pageInfo { endCursor hasNextPage } } }`
  statements.clear()
  let requests = 0
  let last = 0
  let seen = 0
  const started = performance.now()
  for (let after = from; ;) {
    requests += 1
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { after, first: PAGE } }) })
    const body = (await response.json()) as Page
    if (!response.ok || body.errors || !body.data) throw new Error(`page failed: ${JSON.stringify(body).slice(0, 300)}`)
    for (const { id } of body.data.changes.nodes) {
      if (Number(id) <= last) throw new Error(`change ${id} came after ${last}`)
      last = Number(id)
    }
    seen += body.data.changes.nodes.length
    after = body.data.changes.pageInfo.endCursor
    if (!body.data.changes.pageInfo.hasNextPage) break
  }
  const wallMs = performance.now() - started
  if (seen !== CHANGES) throw new Error(`walked ${seen} changes, expected ${CHANGES}`)
  return {
    changes: seen,
    requests,
    wallMs: Math.round(wallMs),
    changesPerSecond: Math.round(seen / (wallMs / 1000)),
    statements: statements.count,
    statementsPerRequest: +(statements.count / requests).toFixed(2),
  }
}

runMain(async () => {
  const log = (line: string) => console.log(`[feed-walk] ${line}`)
  const db = await createBenchDatabase(log)
  const orm = await createOrm({ databaseUrl: db.url })
  await migrateApiSchema(orm)
  const caching = startResponseCaching({ databaseUrl: db.url, maxMegabytes: 32, log: silentLog })
  const server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, cache: caching.cache })
  try {
    // The partner's cursor from before the changes: the head, as `changes(first: 0)` gives it.
    const head = (await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ changes(first: 0) { pageInfo { endCursor } } }' }),
    }).then((response) => response.json())) as {
      data: { changes: { pageInfo: { endCursor: string } } }
    }
    const before = await withClient(db.url, (client) => addChanges(client, CHANGES))
    log(`${CHANGES} changes added after id ${before}; walking with first: ${PAGE}`)
    const results = []
    for (const [name, selection] of Object.entries(SELECTIONS)) results.push({ walk: name, ...(await walk(server.url, selection, head.data.changes.pageInfo.endCursor)) })
    console.table(results)
    console.log(`result ${JSON.stringify(results)}`)
  } finally {
    await server.stop()
    await caching.close()
    await orm.close()
    if (!process.argv.includes('--keep-database')) await dropDatabase(db.server.url, db.url).catch(() => {})
    await db.server.stop()
  }
})
