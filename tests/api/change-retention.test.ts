import type { MikroORM } from '@mikro-orm/postgresql'
import { GraphQLClient } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startResponseCaching, type ResponseCaching } from '../../api/src/cache/invalidation'
import { loadConfig } from '../../api/src/config'
import { purgeChanges } from '../../api/src/modules/changes/changes.retention'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { graphqlError } from '../helpers/api-client'
import { feedHead, feedPage, logSnapshot, nonEmpty, replay, walkFeed, type FeedChange } from '../helpers/change-feed'
import { runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

/**
 * Retention of the change log, on a database of its own (moving the horizon expires the cursors of any walk on
 * the same database) with the real server and its response cache in-process. Changes are made with SQL, which
 * fires the same triggers as a publish, and aged by moving their `changed_at` back.
 */
let databaseUrl = ''
let orm: MikroORM
let caching: ResponseCaching
let server: RunningServer
let api: GraphQLClient

beforeAll(async () => {
  databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_retention')
  const seeded = await runCli('seed/cli.ts', { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: inject('payloadSecret'), ADMIN_EMAIL: 'admin@retention.nspm.localhost', ADMIN_PASSWORD: 'retention-only-1234' })
  if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
  orm = await createOrm({ databaseUrl })
  caching = startResponseCaching({ databaseUrl, maxMegabytes: 8, log: () => {} })
  server = await createServer({ orm, port: 0, host: '127.0.0.1', log: () => {}, cache: caching.cache })
  api = new GraphQLClient(server.url)
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await caching?.close()
  await orm?.close()
  if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl).catch(() => {})
})

const db = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => withClient(databaseUrl, async (client) => (await client.query<T>(text, values)).rows)
const age = (changes: FeedChange[]) => db(`UPDATE content_changes SET changed_at = now() - interval '100 days' WHERE id = ANY($1::bigint[])`, [changes.map((change) => change.id)])
const purge = () => purgeChanges(orm.em.fork(), 90)
const kept = async (changes: FeedChange[]) => (await db<{ id: string }>('SELECT id::text AS id FROM content_changes WHERE id = ANY($1::bigint[]) ORDER BY id', [changes.map((change) => change.id)])).map((row) => row.id)

/** Walking from the start still gives every public document: retention keeps each one's latest change. */
async function expectFullReplayFromStart(): Promise<void> {
  const { changes } = await walkFeed(api, { after: null, first: 100 })
  const snapshot = await logSnapshot(0, databaseUrl)
  expect(nonEmpty(replay(changes))).toEqual(nonEmpty(snapshot.published))
}

describe('retention of the change log', () => {
  it('is configured in days, 90 unless API_CHANGE_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl }).changeRetentionDays).toBe(90)
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, API_CHANGE_RETENTION_DAYS: '30' }).changeRetentionDays).toBe(30)
    expect(() => loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, API_CHANGE_RETENTION_DAYS: '0' })).toThrow(/API_CHANGE_RETENTION_DAYS/)
  })

  it('deletes superseded changes and tombstones after the retention time, and expires the cursors before them', async () => {
    const start = await feedHead(api)
    const [{ id } = { id: 0 }] = await db<{ id: number }>(`SELECT min(id) AS id FROM organisations WHERE _status = 'published'`)
    await db('UPDATE organisations SET updated_at = now() WHERE id = $1', [id])
    await db('UPDATE organisations SET updated_at = now() WHERE id = $1', [id])
    const [first, second] = (await walkFeed(api, { after: start, first: 10 })).changes
    expect([first?.action, second?.action, second?.documentId]).toEqual(['UPDATED', 'UPDATED', String(id)])
    expect(await purge()).toBe(0)

    // Aged: the first is superseded by the second and goes; the second is the organisation's latest and stays.
    // (Whatever the seed superseded before them goes too: age is decided by id, up to the newest aged change.)
    await age([first!, second!])
    expect(await purge()).toBeGreaterThanOrEqual(1)
    expect(await kept([first!, second!])).toEqual([second!.id])
    // The page after `start` was cached above; the purge's NOTIFY drops it, so the old cursor is refused at once
    // (as soon as the notification arrives: it is asynchronous, so ask until then).
    let expired = await graphqlError(feedPage(api, { after: start, first: 10 })).catch(() => undefined)
    for (const deadline = Date.now() + 5_000; !expired && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      expired = await graphqlError(feedPage(api, { after: start, first: 10 })).catch(() => undefined)
    }
    expect(expired?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after' })
    expect(expired?.message).toMatch(/full sync/)
    expect((await feedPage(api, { after: first!.cursor, first: 10 })).nodes[0]?.id).toBe(second!.id)
    await expectFullReplayFromStart()

    // Unpublished: the tombstone and the change before it go once aged, and the document is gone from a replay.
    await db(`UPDATE organisations SET _status = 'draft' WHERE id = $1`, [id])
    const [tombstone] = (await walkFeed(api, { after: second!.cursor, first: 10 })).changes
    expect(tombstone).toMatchObject({ action: 'UNPUBLISHED', documentId: String(id), document: null })
    await age([tombstone!])
    expect(await purge()).toBe(2)
    expect(await kept([second!, tombstone!])).toEqual([])
    expect((await graphqlError(feedPage(api, { after: second!.cursor }))).extensions.code).toBe('CURSOR_EXPIRED')
    const head = await feedHead(api)
    expect((await feedPage(api, { after: tombstone!.cursor })).pageInfo.endCursor).toBe(head)
    await expectFullReplayFromStart()
    expect((await walkFeed(api, { after: null, first: 100 })).changes.some((change) => change.type === 'Organisation' && change.documentId === String(id))).toBe(false)
  }, 120_000)
})
