import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ResponseCache } from '../../api/src/cache/response-cache'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { statementLog } from '../helpers/statement-log'
import { silentLog } from '../helpers/log-capture'

const statements = statementLog()

/** A cold or expired entry under load: the clients that miss together share one execution of the query. */
describe('response cache under concurrent misses', () => {
  let orm: MikroORM
  let server: RunningServer
  const cache = new ResponseCache({ maxEntries: 100, maxBytes: 32 * 1024 * 1024 })
  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, cache })
  })
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })

  // A query that reads SQL (published content comes from the snapshot and costs none): the change feed's page.
  const FEED = '{ changes(first: 20) { nodes { id type } pageInfo { endCursor } } }'
  const q1 = () => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: FEED }) })
  /** The feed's own statements: the snapshot's background refreshes (other files publish) are not the request's. */
  const feedStatements = () => statements.texts.filter((text) => text.includes('FROM content_changes')).length

  it('runs a query once for 20 clients that ask at the same moment, and answers all of them alike', async () => {
    statements.clear()
    await (await q1()).text()
    const once = feedStatements()
    expect(once).toBeGreaterThan(0)

    cache.invalidate()
    statements.clear()
    const responses = await Promise.all(Array.from({ length: 20 }, q1))
    const bodies = await Promise.all(responses.map((response) => response.text()))
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200))
    expect(new Set(bodies).size).toBe(1)
    expect(responses.filter((response) => response.headers.get('x-cache') === 'MISS')).toHaveLength(1)
    expect(feedStatements()).toBe(once)
  })
})
