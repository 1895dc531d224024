/**
 * Scale-out on existing engines, on one machine and loopback only: a PostgreSQL primary, migrated and seeded by
 * `npm run seed`, with a streaming replica made by pg_basebackup -R (the machine's PostgreSQL binaries); two API
 * replicas reading from it (DATABASE_REPLICA_URLS; the first runs the outbox worker); Debian's HAProxy in front
 * with health checks on /health/ready and retries. One set-up (the seed is most of its cost) serves two parts.
 *
 * Read replicas in the API (api/src/replicas/), asked directly on the first API replica: public queries read the
 * replica, orders and the change feed the primary; after a change on the primary (replay paused on the replica to
 * make the lag real) queries read the primary until the replica has replayed it; with the replica stopped,
 * queries answer from the primary, and go back to the replica once it is up.
 *
 * Under a minute of mixed load through HAProxy (public GET reads, half of them cache misses, and orders and
 * subscriptions retried by their clients with the same idempotency key or address), one API replica is killed
 * with SIGKILL and started again, and the replica database is stopped and started.
 * Expected: not one public read fails (HAProxy's retry-on with redispatch is the only retry: the read clients
 * never retry); every acknowledged order is in the primary exactly once; the replica served reads; a change made
 * on the primary afterwards (a phone number added with SQL and the NOTIFY the CMS sends) is served by both API replicas, each asked
 * directly. Then throughput through HAProxy with one and with two API replicas is measured and printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChildServer } from '../../runtime/child-server'
import { withClient } from '../helpers/test-database'
import { ORDER_MUTATION, orderablePublication, orderInput, postGraphql, sleep, waitFor, type OrderReply } from '../faults/helpers'
import { startIntakeLoad } from '../faults/load'
import { startHaproxy, type Haproxy } from './haproxy'
import { measureReads, READ_HEADERS, startReadLoad, type Throughput } from './read-load'
import { replicaStatementsSince, scalePort, serverNow, startDatabasePair, startScaleApi, type DatabasePair } from './setup'
import { CONTENT_CHANGED_CHANNEL } from '../../contracts/channels'

const LOAD_SECONDS = 60
const READ_CLIENTS = 4
const INTAKE_CLIENTS = 2
const MEASURE_SECONDS = 4

type Coordinators = { coordinators: { nodes: { id: string; phones: { display: string }[] }[] } }
const COORDINATORS = 'query ($first: Int) { coordinators(first: $first) { nodes { id phones { display } } } }'
// Published content is answered from each API process's snapshot, loaded from the primary; what reads a replica is
// the SQL that only SQL can do: search (ranked in PostgreSQL) is the public query that does.
const SEARCH = 'query ($first: Int!) { search(query: "kiruna", first: $first) { rank } }'
type Hits = { search: { rank: number }[] }

let pair: DatabasePair
const apis: (ChildServer | undefined)[] = []
const apiPorts: number[] = []
let haproxy: Haproxy
let both: string
let one: string
const output: string[] = []

const startReplicaApi = async (index: number) => {
  try {
    apis[index] = await startScaleApi(pair, apiPorts[index]!, { outboxWorker: index === 0, output: (line) => output.push(`api${index + 1} ${line}`) })
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\n${output
        .filter((line) => line.startsWith(`api${index + 1} `))
        .slice(-20)
        .join('\n')}`,
    )
  }
}
const replicaSince = (since: Date) => replicaStatementsSince(pair.replicaUrl, since)

beforeAll(async () => {
  const started = Date.now()
  pair = await startDatabasePair('nspm-scale-', { primary: await scalePort(11), replica: await scalePort(12) })
  const seeded = Date.now()
  apiPorts.push(await scalePort(13), await scalePort(14))
  await Promise.all([startReplicaApi(0), startReplicaApi(1)])
  const [twoPort, onePort] = [await scalePort(15), await scalePort(16)]
  const servers = apiPorts.map((port, index) => ({ name: `api${index + 1}`, port }))
  haproxy = await startHaproxy(pair.root, [
    { port: twoPort, servers },
    { port: onePort, servers: servers.slice(0, 1) },
  ])
  both = `http://127.0.0.1:${twoPort}`
  one = `http://127.0.0.1:${onePort}`
  // Both servers in rotation (two good checks) before anything is measured.
  await waitFor(async () => (await fetch(`${both}/health/ready`)).status === 200, 10_000, 'HAProxy forwarding')
  await sleep(1_500)
  console.log(
    `[scale] set-up: clusters made, migrated and seeded in ${((seeded - started) / 1000).toFixed(1)} s, API replicas and HAProxy up ${((Date.now() - seeded) / 1000).toFixed(1)} s later`,
  )
}, 300_000)

afterAll(async () => {
  await haproxy?.stop()
  await Promise.all(apis.flatMap((api) => (api ? [api.stop()] : [])))
  await pair?.remove()
})

describe('public queries read the streaming replica; mutations, the change feed and fresh changes the primary', () => {
  let first = 0
  const graphql = () => `http://127.0.0.1:${apiPorts[0]}/graphql`
  /** A coordinators query not answered before (another page size), so that the response cache cannot answer it. */
  const freshQuery = () => postGraphql<Hits>(graphql(), SEARCH, { first: (first = (first % 50) + 1) })

  beforeAll(async () => {
    // ReplicaReads starts on the primary until its first probe finds the replica current.
    await waitFor(
      async () => {
        const since = await serverNow(pair.replicaUrl)
        await freshQuery()
        return (await replicaSince(since)) > 0
      },
      20_000,
      'the first query read from the replica',
    )
  })

  it('a public query reads the replica', async () => {
    const since = await serverNow(pair.replicaUrl)
    const reply = await freshQuery()
    expect(reply.status).toBe(200)
    expect(reply.data?.search.length).toBeGreaterThan(0)
    expect(await replicaSince(since)).toBeGreaterThan(0)
  })

  it('an order is written and read back on the primary, and the change feed is read there too', async () => {
    const publicationId = await orderablePublication(pair.databaseUrl)
    const since = await serverNow(pair.replicaUrl)
    const key = `routing-${Date.now()}`
    const order = await postGraphql<OrderReply>(
      graphql(),
      ORDER_MUTATION,
      { input: orderInput(key, publicationId, 2, 'routing@scale.example.org') },
      { 'x-forwarded-for': '10.77.0.1' },
    )
    expect(order.errors).toBeUndefined()
    expect(order.data?.orderMaterial?.orderNumber).toMatch(/\S/)
    const feed = await postGraphql<{ changes: { edges: unknown[] } }>(graphql(), 'query { changes(first: 3) { edges { cursor } pageInfo { endCursor } } }')
    expect(feed.errors).toBeUndefined()
    expect(feed.data?.changes.edges.length).toBeGreaterThan(0)
    // The feed asked for through a fragment is recognised too.
    const viaFragment = await postGraphql<{ changes: { edges: unknown[] } }>(graphql(), 'query { ...Feed } fragment Feed on Query { changes(first: 2) { edges { cursor } } }')
    expect(viaFragment.errors).toBeUndefined()
    expect(viaFragment.data?.changes.edges.length).toBe(2)
    expect(await replicaSince(since)).toBe(0)
    const stored = await withClient(pair.databaseUrl, async (db) => (await db.query('SELECT 1 FROM nspm_api.idempotency_keys WHERE key = $1', [key])).rowCount)
    expect(stored).toBe(1)
  })

  it('after a change on the primary, queries read the primary until the replica has replayed it', async () => {
    // The change is served at once from the snapshot (loaded from the primary); search reads the primary meanwhile.
    // The seed's coordinator posts have no numbers yet: the change adds one, as an editor filling a post in would.
    const all = () => postGraphql<Coordinators>(graphql(), COORDINATORS, { first: 100 })
    const phone = await withClient(
      pair.databaseUrl,
      async (db) => (await db.query<{ parent: number }>("SELECT id AS parent FROM coordinators WHERE _status = 'published' ORDER BY id LIMIT 1")).rows[0]!,
    )
    const phonesOf = (reply: Awaited<ReturnType<typeof all>>) =>
      reply.data?.coordinators.nodes.find((node) => Number(node.id) === phone.parent)?.phones.map((p) => p.display.replace(/\D/g, '')) ?? []
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
        // Payload writes the main row on every publish (a new updated_at): that is what the change log records.
        await db.query('UPDATE coordinators SET updated_at = now() WHERE id = $1', [phone.parent])
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
    expect(replies.filter((reply) => reply.errors || !reply.data?.search.length)).toEqual([])
    expect(apis[0]!.process.exitCode).toBeNull()

    await pair.replica.start()
    const started = await serverNow(pair.replicaUrl)
    await waitFor(async () => (await freshQuery(), (await replicaSince(started)) > 0), 15_000, 'queries reading the replica again after its restart')
    // Whichever noticed first: a search that failed on it, or the replica monitor.
    expect(output.join('\n')).toMatch(/read replicas? (failed|unreachable or behind); reads go to the primary/)
    expect(output.join('\n')).not.toMatch(/"level":"(error|fatal)"/)
  })
})

const replicaCommits = () =>
  withClient(pair.replicaUrl, async (db) => Number((await db.query<{ n: string }>("SELECT xact_commit AS n FROM pg_stat_database WHERE datname = 'nspm'")).rows[0]?.n))

describe('two API replicas behind HAProxy, reading a streaming replica, under faults', () => {
  it('loses no read and no order through an API replica killed and the replica database restarted', async () => {
    const publicationId = await orderablePublication(pair.databaseUrl)
    const commitsBefore = await replicaCommits()
    const reads = startReadLoad(both, READ_CLIENTS)
    const intake = startIntakeLoad({ base: both, publicationId, clients: INTAKE_CLIENTS })
    const started = Date.now()
    const at = (second: number) => sleep(Math.max(0, started + second * 1_000 - Date.now()))
    const events: string[] = []
    const event = (what: string) => events.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${what}`)

    await at(8)
    apis[1]!.process.kill('SIGKILL')
    event('api2 killed (SIGKILL)')
    await at(16)
    await startReplicaApi(1)
    event('api2 started again and ready')
    await at(28)
    await pair.replica.stop('fast')
    event('replica database stopped')
    await at(38)
    await pair.replica.start()
    event('replica database started')
    await at(LOAD_SECONDS)
    await Promise.all([reads.stop(), intake.stop()])
    event('load stopped')
    await sleep(1_500) // backends report their statistics within a second of going idle
    const replicaReads = (await replicaCommits()) - commitsBefore
    const retried = (await haproxy.retries()).api_replicas_1

    console.log(
      `[scale] ${LOAD_SECONDS} s through HAProxy: ${reads.ok()} public reads answered, ${reads.failures.length} failed; ` +
        `${intake.orders.size} orders and ${intake.subscriptions.size} subscriptions acknowledged, intake HTTP statuses ${JSON.stringify(Object.fromEntries(intake.statuses))}; ` +
        `${replicaReads} transactions on the replica database; HAProxy sent ${(retried?.retried ?? 0) + (retried?.redispatched ?? 0)} requests again ` +
        `(${retried?.redispatched ?? '?'} to the other API replica, ${retried?.retried ?? '?'} to the same one). ` +
        `Events: ${events.join('; ')}`,
    )
    expect(reads.failures.slice(0, 10)).toEqual([])
    expect(reads.ok()).toBeGreaterThan(500)
    expect(replicaReads).toBeGreaterThan(100)
    // Orders that met the kill got 502/503 and were sent again by their client with the same key; never a 500.
    expect(intake.statuses.get(500) ?? 0).toBe(0)
    expect(intake.orders.size).toBeGreaterThan(10)

    // Exactly once, in the primary: one order (with its line) and one key per acknowledged key.
    const stored = await withClient(pair.databaseUrl, async (db) => ({
      orders: (
        await db.query<{ order_number: string; orderer_email: string; lines: number }>(
          // The load's own orders (the routing part above placed one too).
          "SELECT o.order_number, o.orderer_email, (SELECT count(*)::int FROM material_orders_items i WHERE i._parent_id = o.id) AS lines FROM material_orders o WHERE o.orderer_email LIKE '%@faults.example.org'",
        )
      ).rows,
      keys: (await db.query<{ key: string; order_number: string | null }>("SELECT key, order_number FROM nspm_api.idempotency_keys WHERE key LIKE 'load-%'")).rows,
      subscribers: (await db.query<{ email: string }>('SELECT email FROM newsletter_subscribers')).rows,
    }))
    expect(stored.orders).toHaveLength(intake.orders.size)
    expect(stored.keys).toHaveLength(intake.orders.size)
    for (const [key, { email, orderNumber }] of intake.orders) {
      expect(stored.orders.filter((row) => row.orderer_email === email)).toEqual([{ order_number: orderNumber, orderer_email: email, lines: 1 }])
      expect(stored.keys.filter((row) => row.key === key)).toEqual([{ key, order_number: orderNumber }])
    }
    expect(stored.subscribers.map((row) => row.email).sort()).toEqual([...intake.subscriptions].sort())
    expect(output.join('\n')).not.toMatch(/"level":"(error|fatal)"/)
  }, 150_000)

  it('a change on the primary reaches both API replicas (the restarted one too)', async () => {
    // The seed's coordinator posts have no numbers yet: the change adds one, as an editor filling a post in would.
    const phone = await withClient(
      pair.databaseUrl,
      async (db) => (await db.query<{ parent: number }>("SELECT id AS parent FROM coordinators WHERE _status = 'published' ORDER BY id LIMIT 1")).rows[0]!,
    )
    const path = `/graphql?query=${encodeURIComponent('{ coordinators(first: 100) { nodes { id phones { display } } } }')}`
    const phonesFrom = async (port: number) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: READ_HEADERS })
      const body = (await response.json()) as { data: { coordinators: { nodes: { id: string; phones: { display: string }[] }[] } } }
      return {
        cache: response.headers.get('x-cache'),
        digits: body.data.coordinators.nodes.find((node) => Number(node.id) === phone.parent)?.phones.map((p) => p.display.replace(/\D/g, '')) ?? [],
      }
    }
    // Both replicas have the answer cached before the change (the second request is a hit).
    for (const port of apiPorts) {
      await phonesFrom(port)
      const cached = await phonesFrom(port)
      expect(cached.digits).not.toContain('0771987654')
    }
    await withClient(pair.databaseUrl, async (db) => {
      await db.query('BEGIN')
      await db.query("INSERT INTO coordinators_phones (_order, _parent_id, id, number, type) VALUES (99, $1, $2, '0771987654', 'office')", [phone.parent, `scale-${Date.now()}`])
      await db.query('UPDATE coordinators SET updated_at = now() WHERE id = $1', [phone.parent])
      await db.query('SELECT pg_notify($1, $2)', [CONTENT_CHANGED_CHANNEL, 'coordinators'])
      await db.query('COMMIT')
    })
    for (const port of apiPorts) await waitFor(async () => (await phonesFrom(port)).digits.includes('0771987654'), 5_000, `the change served by the API on port ${port}`)
  })

  it('measures throughput through HAProxy with one and with two API replicas', async () => {
    const figures: Record<string, Throughput> = {}
    for (const kind of ['cached', 'uncached'] as const) {
      figures[`${kind}, 1 replica`] = await measureReads(one, kind, MEASURE_SECONDS, 16)
      figures[`${kind}, 2 replicas`] = await measureReads(both, kind, MEASURE_SECONDS, 16)
    }
    console.log(
      `[scale] throughput through HAProxy (16 connections, ${MEASURE_SECONDS} s each):\n` +
        Object.entries(figures)
          .map(([name, f]) => `  ${name.padEnd(22)} ${String(f.rps).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  (${f.requests} requests, ${f.failed} failed)`)
          .join('\n'),
    )
    for (const figure of Object.values(figures)) {
      expect(figure.failed).toBe(0)
      expect(figure.rps).toBeGreaterThan(0)
    }
  }, 60_000)
})
