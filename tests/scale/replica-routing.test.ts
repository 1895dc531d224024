/**
 * Read replicas in the API (api/src/replicas/): a primary and a streaming replica made with pg_basebackup (the
 * machine's PostgreSQL binaries), one API process with DATABASE_REPLICA_URLS. Public queries must read the replica,
 * mutations and the change feed the primary; after a change on the primary, queries must read the primary until
 * the replica has replayed it (replay is paused to make that lag real); with the replica stopped, queries must
 * keep answering from the primary, and go back to the replica once it is up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../api/src/config'
import { CONTENT_CHANGED_CHANNEL } from '../../api/src/cache/invalidation'
import type { ChildServer } from '../../runtime/child-server'
import { withClient } from '../helpers/test-database'
import { ORDER_MUTATION, orderablePublication, orderInput, postGraphql, waitFor, type OrderReply } from '../faults/helpers'
import { replicaStatementsSince, scalePort, serverNow, startDatabasePair, startScaleApi, type DatabasePair } from './setup'

type Coordinators = { coordinators: { nodes: { id: string; phones: { display: string }[] }[] } }
const COORDINATORS = 'query ($first: Int) { coordinators(first: $first) { nodes { id phones { display } } } }'

describe('DATABASE_REPLICA_URLS is checked without echoing it', () => {
  it('names a bad entry by position, never its text (URLs carry passwords)', () => {
    const env = { DATABASE_URL: 'postgres://u@127.0.0.1/db', DATABASE_REPLICA_URLS: 'postgres://r@127.0.0.1/db, secret-word' }
    expect(() => loadConfig(env)).toThrow(/DATABASE_REPLICA_URLS: must be postgres:\/\/ URLs, comma-separated \(entry 2 is not\)/)
    expect(() => loadConfig(env)).not.toThrow(/secret-word/)
    expect(loadConfig({ DATABASE_URL: env.DATABASE_URL, DATABASE_REPLICA_URLS: 'postgres://a@h1/db,postgresql://b@h2/db' }).replicaUrls).toEqual(['postgres://a@h1/db', 'postgresql://b@h2/db'])
    expect(loadConfig({ DATABASE_URL: env.DATABASE_URL }).replicaUrls).toEqual([])
  })
})

describe('public queries read the streaming replica; mutations, the change feed and fresh changes the primary', () => {
  let pair: DatabasePair
  let api: ChildServer
  let graphql: string
  let first = 0
  const output: string[] = []

  /** A coordinators query not answered before (another page size), so that the response cache cannot answer it. */
  const freshQuery = () => postGraphql<Coordinators>(graphql, COORDINATORS, { first: (first = (first % 100) + 1) })
  const replicaSince = (since: Date) => replicaStatementsSince(pair.replicaUrl, since)

  beforeAll(async () => {
    pair = await startDatabasePair('nspm-scale-routing-', { primary: await scalePort(1), replica: await scalePort(2) })
    const port = await scalePort(3)
    api = await startScaleApi(pair, port, { outboxWorker: false, output: (line) => output.push(line) })
    graphql = `http://127.0.0.1:${port}/graphql`
    // ReplicaReads starts on the primary until its first probe finds the replica current.
    await waitFor(async () => {
      const since = await serverNow(pair.replicaUrl)
      await freshQuery()
      return (await replicaSince(since)) > 0
    }, 20_000, 'the first query read from the replica')
  }, 300_000)

  afterAll(async () => {
    await api?.stop()
    await pair?.remove()
  })

  it('a public query reads the replica', async () => {
    const since = await serverNow(pair.replicaUrl)
    const reply = await freshQuery()
    expect(reply.status).toBe(200)
    expect(reply.data?.coordinators.nodes.length).toBeGreaterThan(0)
    expect(await replicaSince(since)).toBeGreaterThan(0)
  })

  it('an order is written and read back on the primary, and the change feed is read there too', async () => {
    const publicationId = await orderablePublication(pair.databaseUrl)
    const since = await serverNow(pair.replicaUrl)
    const key = `routing-${Date.now()}`
    const order = await postGraphql<OrderReply>(graphql, ORDER_MUTATION, { input: orderInput(key, publicationId, 2, 'routing@scale.example.org') }, { 'x-forwarded-for': '10.77.0.1' })
    expect(order.errors).toBeUndefined()
    expect(order.data?.orderMaterial?.orderNumber).toMatch(/\S/)
    const feed = await postGraphql<{ changes: { edges: unknown[] } }>(graphql, 'query { changes(first: 3) { edges { cursor } pageInfo { endCursor } } }')
    expect(feed.errors).toBeUndefined()
    expect(feed.data?.changes.edges.length).toBeGreaterThan(0)
    expect(await replicaSince(since)).toBe(0)
    const stored = await withClient(pair.databaseUrl, async (db) => (await db.query('SELECT 1 FROM nspm_api.idempotency_keys WHERE key = $1', [key])).rowCount)
    expect(stored).toBe(1)
  })

  it('after a change on the primary, queries read the primary until the replica has replayed it', async () => {
    // The seed's coordinator posts have no numbers yet: the change adds one, as an editor filling a post in would.
    const phone = await withClient(pair.databaseUrl, async (db) =>
      (await db.query<{ parent: number }>("SELECT id AS parent FROM coordinators WHERE _status = 'published' ORDER BY id LIMIT 1")).rows[0]!,
    )
    const phonesOf = (reply: Awaited<ReturnType<typeof freshQuery>>) => reply.data?.coordinators.nodes.find((node) => Number(node.id) === phone.parent)?.phones.map((p) => p.display.replace(/\D/g, '')) ?? []
    const all = () => postGraphql<Coordinators>(graphql, COORDINATORS, { first: 100 })
    const beforeReply = await all()
    expect(beforeReply.data?.coordinators.nodes.some((node) => Number(node.id) === phone.parent)).toBe(true)
    const before = phonesOf(beforeReply)
    expect(before).not.toContain('0771123456')

    await withClient(pair.replicaUrl, (db) => db.query('SELECT pg_wal_replay_pause()'))
    try {
      // What a publish in the CMS does: the change, then NOTIFY in the same transaction.
      await withClient(pair.databaseUrl, async (db) => {
        await db.query('BEGIN')
        await db.query("INSERT INTO coordinators_phones (_order, _parent_id, id, number, type) VALUES (99, $1, $2, '0771123456', 'office')", [phone.parent, `scale-${Date.now()}`])
        await db.query('SELECT pg_notify($1, $2)', [CONTENT_CHANGED_CHANNEL, 'coordinators'])
        await db.query('COMMIT')
      })
      const since = await serverNow(pair.replicaUrl)
      await waitFor(async () => phonesOf(await all()).includes('0771123456'), 5_000, 'the new phone number served')
      // Served from the primary: the replica has not replayed the change, and no query read it.
      const onReplica = await withClient(pair.replicaUrl, async (db) => (await db.query("SELECT 1 FROM coordinators_phones WHERE number = '0771123456'")).rowCount)
      expect(onReplica).toBe(0)
      expect(await replicaSince(since)).toBe(0)
    } finally {
      await withClient(pair.replicaUrl, (db) => db.query('SELECT pg_wal_replay_resume()'))
    }
    const resumed = await serverNow(pair.replicaUrl)
    await waitFor(async () => (await freshQuery(), (await replicaSince(resumed)) > 0), 10_000, 'queries reading the replica again after it caught up')
  })

  it('with the replica stopped, queries answer from the primary; started again, it serves them again', async () => {
    await pair.replica.stop('fast')
    const replies = []
    for (let i = 0; i < 20; i += 1) replies.push(await freshQuery())
    expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 200))
    expect(replies.filter((reply) => reply.errors || !reply.data?.coordinators.nodes.length)).toEqual([])
    expect(api.process.exitCode).toBeNull()

    await pair.replica.start()
    const started = await serverNow(pair.replicaUrl)
    await waitFor(async () => (await freshQuery(), (await replicaSince(started)) > 0), 15_000, 'queries reading the replica again after its restart')
    expect(output.join('\n')).toMatch(/read replica failed; reads go to the primary/)
    expect(output.join('\n')).not.toMatch(/"level":"(error|fatal)"/)
  })
})
