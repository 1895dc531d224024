import type { MikroORM } from '@mikro-orm/postgresql'
import { GraphQLClient } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startBackgroundWork, type BackgroundWork } from '../../api/src/background'
import { startResponseCaching, type ResponseCaching } from '../../api/src/cache/invalidation'
import { loadConfig } from '../../api/src/config'
import { createOrm, migrateApiSchema } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { graphqlError } from '../helpers/api-client'
import { feedHead, feedPage, logSnapshot, nonEmpty, replay, walkFeed, type FeedChange } from '../helpers/change-feed'
import { printed, runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'
import { captureLog, silentLog } from '../helpers/log-capture'

/**
 * Retention of the change log, on a database of its own (moving the horizon expires the cursors of any walk on
 * the same database), migrated but not seeded, with the real server, its response cache and its retention job
 * in-process. Changes are made with SQL, which fires the same triggers as a publish, and aged by moving their
 * `changed_at` back.
 */
let databaseUrl = ''
let orm: MikroORM
let caching: ResponseCaching
let server: RunningServer
let api: GraphQLClient
let background: BackgroundWork
const { log, lines: logged } = captureLog()

beforeAll(async () => {
  databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_retention')
  const migrated = await runCli('runtime/migrate.ts', { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: inject('payloadSecret') })
  if (migrated.code !== 0) throw new Error(`migrate failed:\n${printed(migrated)}`)
  orm = await createOrm({ databaseUrl })
  await migrateApiSchema(orm)
  caching = startResponseCaching({ databaseUrl, maxMegabytes: 8, log: silentLog })
  server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, cache: caching.cache })
  api = new GraphQLClient(server.url)
  // The API's own hourly retention job, run on demand; it sends no mail here.
  const config = {
    smtpUrl: undefined,
    mailFrom: 'NSPM <nspm@test.nspm.localhost>',
    mailCatchDir: '.data/mail-test',
    publicUrl: 'http://localhost',
    orderRetentionDays: 30,
    changeRetentionDays: 90,
    keyUsageRetentionDays: 400,
  }
  background = startBackgroundWork({ orm, config, log, sendMail: false })
}, 300_000)
afterAll(async () => {
  await background?.stop()
  await server?.stop()
  await caching?.close()
  await orm?.close()
  if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl).catch(() => {})
})

const db = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => withClient(databaseUrl, async (client) => (await client.query<T>(text, values)).rows)
const age = (changes: FeedChange[]) => db(`UPDATE content_changes SET changed_at = now() - interval '100 days' WHERE id = ANY($1::bigint[])`, [changes.map((change) => change.id)])
/** Runs the retention job; how many changes it deleted, from its log line. */
async function purge(): Promise<number> {
  await background.runRetention()
  return (JSON.parse(logged.at(-1) ?? '{}') as { changesDeleted?: number }).changesDeleted ?? Number.NaN
}
const kept = async (changes: FeedChange[]) =>
  (await db<{ id: string }>('SELECT id::text AS id FROM content_changes WHERE id = ANY($1::bigint[]) ORDER BY id', [changes.map((change) => change.id)])).map((row) => row.id)

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
    const organisation = async (slug: string) =>
      (await db<{ id: number }>(`INSERT INTO organisations (slug, type, _status) VALUES ($1, 'civil-society', 'published') RETURNING id`, [slug]))[0]!.id
    const untouched = await organisation('bevarad')
    const id = await organisation('andrad')
    await db('UPDATE organisations SET updated_at = now() WHERE id = $1', [id])
    // The feed lists a change once the API's snapshot has applied it (its notification, a few hundred ms).
    const listed = async (after: string, count: number) => {
      let changes: FeedChange[] = []
      await expect.poll(async () => (changes = (await walkFeed(api, { after, first: 10 })).changes).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count)
      return changes
    }
    const [created, first, second] = await listed(start, 3)
    expect([created?.action, first?.action, second?.action, second?.documentId]).toEqual(['CREATED', 'CREATED', 'UPDATED', String(id)])
    expect(await purge()).toBe(0)

    // Aged: the first is superseded by the second and goes; the second is the organisation's latest and stays, and
    // so does the untouched organisation's only change, however old.
    await age([created!, first!, second!])
    expect(await purge()).toBe(1)
    expect(await kept([created!, first!, second!])).toEqual([created!.id, second!.id])
    // The page after `start` was cached above; the purge's NOTIFY drops it, so the old cursor is refused at once
    // (as soon as the notification arrives: it is asynchronous, so ask until then).
    let expired = await graphqlError(feedPage(api, { after: start, first: 10 })).catch(() => undefined)
    for (const deadline = Date.now() + 5_000; !expired && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      expired = await graphqlError(feedPage(api, { after: start, first: 10 })).catch(() => undefined)
    }
    expect(expired?.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after' })
    expect(expired?.message).toMatch(/full sync/)
    expect((await feedPage(api, { after: first!.cursor, first: 10 })).nodes[0]?.id).toBe(second!.id)
    await expectFullReplayFromStart()

    // Unpublished: the tombstone and the change before it go once aged, and the document is gone from a replay.
    await db(`UPDATE organisations SET _status = 'draft' WHERE id = $1`, [id])
    const [tombstone] = await listed(second!.cursor, 1)
    expect(tombstone).toMatchObject({ action: 'UNPUBLISHED', documentId: String(id), document: null })
    await age([tombstone!])
    expect(await purge()).toBe(2)
    expect(await kept([second!, tombstone!])).toEqual([])
    expect((await graphqlError(feedPage(api, { after: second!.cursor }))).extensions.code).toBe('CURSOR_EXPIRED')
    const head = await feedHead(api)
    expect((await feedPage(api, { after: tombstone!.cursor })).pageInfo.endCursor).toBe(head)
    await expectFullReplayFromStart()
    const fromStart = (await walkFeed(api, { after: null, first: 100 })).changes
    expect(fromStart.map(({ documentId, action }) => ({ documentId, action }))).toEqual([{ documentId: String(untouched), action: 'CREATED' }])
  }, 120_000)
})
