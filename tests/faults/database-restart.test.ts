/**
 * Attack: while six clients keep placing orders and subscribing, every PostgreSQL session of the API (a real
 * child process, outbox worker and its LISTEN connection included) is killed with pg_terminate_backend; then
 * PostgreSQL itself (a dedicated embedded server) is stopped for a few seconds and started again.
 * Expected: the process stays up throughout; /health/live stays 200 while /health/ready goes 503 and back to 200;
 * published content is answered from the snapshot throughout;
 * clients see only successes or SERVICE_UNAVAILABLE (503, never a 500 or INTERNAL_SERVER_ERROR) and, retrying
 * with the same idempotency key or address, every acknowledged order and subscription exists exactly once; the
 * outbox's LISTEN connection comes back and the email queued meanwhile goes out; SIGTERM afterwards exits 0.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi } from '../../runtime/api-server'
import type { ChildServer } from '../../runtime/child-server'
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from '../../runtime/embedded-postgres'
import { DATA_DIR } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { withClient } from '../helpers/test-database'
import { faultDatabase, orderablePublication, sleep, waitFor } from './helpers'
import { startIntakeLoad } from './load'

const CLIENTS = 6

describe('PostgreSQL connections terminated and the server restarted under load', () => {
  const dataDir = mkdtempSync(path.join(DATA_DIR, 'faults-postgres-'))
  const password = randomBytes(12).toString('hex')
  let pgPort: number
  let postgres: EmbeddedServer | undefined
  let databaseUrl: string
  let publicationId: string
  let api: ChildServer
  let base: string
  const output: string[] = []

  const startPostgres = async () => (postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: pgPort, password }))

  beforeAll(async () => {
    pgPort = await freePort()
    const server = await startPostgres()
    databaseUrl = await faultDatabase(embeddedUrl(server, 'postgres'), 'nspm_faults_restart')
    publicationId = await orderablePublication(databaseUrl)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    api = await startApi({
      port,
      env: {
        ...process.env,
        // As deployed: vitest's NODE_ENV=test would change Apollo's signal handling (see server.ts).
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        API_HOST: '127.0.0.1',
        TRUST_PROXY: 'true',
        API_OUTBOX_WORKER: 'true',
        SMTP_URL: '',
        MAIL_CATCH_DIR: path.join(dataDir, 'mail'),
        API_POOL_ACQUIRE_TIMEOUT_MS: '2000',
      },
      output: (line) => output.push(line),
      readyTimeoutMs: 120_000,
    })
  }, 300_000)

  afterAll(async () => {
    await api?.stop()
    await postgres?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('stays up, goes unready and ready again, and keeps every acknowledged order and subscription exactly once', async () => {
    const health = async (which: 'live' | 'ready') => (await fetch(`${base}/health/${which}`, { signal: AbortSignal.timeout(5_000) })).status
    const load = startIntakeLoad({ base, publicationId, clients: CLIENTS })
    const { orders, subscriptions, statuses, acknowledged } = load
    await sleep(2_000)
    const beforeTermination = acknowledged()

    // 1. Every session of the API's database is killed: pool connections (some mid-transaction) and LISTEN alike.
    const terminated = await withClient(
      embeddedUrl(postgres!, 'postgres'),
      async (db) =>
        (
          await db.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) t',
            [new URL(databaseUrl).pathname.slice(1)],
          )
        ).rows[0]?.n ?? 0,
    )
    await sleep(2_000)
    const afterTermination = acknowledged()

    // 2. PostgreSQL stops (fast shutdown) for a few seconds, under load.
    const stoppedAt = Date.now()
    await postgres!.stop()
    postgres = undefined
    const redAfter = await waitFor(async () => (await health('ready')) === 503, 10_000, '/health/ready answering 503')
    expect(await health('live')).toBe(200)
    expect(api.process.exitCode).toBeNull()
    await sleep(3_000)
    expect(await health('ready')).toBe(503)
    expect(api.process.exitCode).toBeNull()
    // Published content is still answered, from the snapshot (it cannot change while the database is down).
    const read = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { slug } }' }) })
    expect(read.status).toBe(200)
    expect(((await read.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(7)
    const duringOutage = acknowledged()

    // 3. It comes back: readiness turns green by itself and the clients' retries get through.
    const restartedAt = Date.now()
    await startPostgres()
    const greenAfter = await waitFor(async () => (await health('ready')) === 200, 30_000, '/health/ready answering 200 again')
    const outageMs = Date.now() - stoppedAt
    await sleep(3_000)
    await load.stop()

    console.log(
      `[faults] restart under load: ${terminated} sessions terminated; acknowledged ${beforeTermination} before, ${afterTermination} after termination, ` +
        `${duringOutage} by the end of the outage, ${acknowledged()} in all (${orders.size} orders, ${subscriptions.size} subscriptions); ` +
        `ready 503 ${redAfter} ms after the stop, 200 ${greenAfter} ms after the restart (${Date.now() - restartedAt} ms ago), outage ${outageMs} ms; ` +
        `HTTP statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    )
    const errorLines = output.filter((line) => line.includes('"level":"error"'))
    console.log(
      `[faults] API log: ${output.filter((line) => line.includes('database unavailable')).length} "database unavailable" warnings, ${errorLines.length} errors${errorLines.length ? `:\n${errorLines.join('\n')}` : ''}`,
    )
    expect(terminated).toBeGreaterThanOrEqual(2)
    expect(afterTermination).toBeGreaterThan(beforeTermination)
    expect(acknowledged()).toBeGreaterThan(duringOutage)
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0)
    expect(statuses.get(500) ?? 0).toBe(0)
    // On failure: the API's own log lines for them (class and SQLSTATE, never the message).
    expect(load.unexpected, errorLines.join('\n')).toEqual([])
    expect(load.networkErrors).toEqual([])
    expect(api.process.exitCode).toBeNull()

    // Exactly once: one order (with its line and key) per acknowledged key, one subscriber per acknowledged address.
    const stored = await withClient(databaseUrl, async (db) => ({
      orders: (
        await db.query<{ order_number: string; orderer_email: string; lines: number }>(
          'SELECT o.order_number, o.orderer_email, (SELECT count(*)::int FROM material_orders_items i WHERE i._parent_id = o.id) AS lines FROM material_orders o',
        )
      ).rows,
      keys: (await db.query<{ key: string; order_number: string | null }>('SELECT key, order_number FROM nspm_api.idempotency_keys')).rows,
      subscribers: (await db.query<{ email: string }>('SELECT email FROM newsletter_subscribers')).rows,
    }))
    expect(stored.orders).toHaveLength(orders.size)
    expect(stored.keys).toHaveLength(orders.size)
    for (const [key, { email, orderNumber }] of orders) {
      expect(stored.orders.filter((row) => row.orderer_email === email)).toEqual([{ order_number: orderNumber, orderer_email: email, lines: 1 }])
      expect(stored.keys.filter((row) => row.key === key)).toEqual([{ key, order_number: orderNumber }])
    }
    expect(stored.subscribers.map((row) => row.email).sort()).toEqual([...subscriptions].sort())

    // The outbox worker's LISTEN connection is back, and the email queued through the outage goes out.
    await waitFor(
      () => withClient(databaseUrl, async (db) => ((await db.query('SELECT 1 FROM pg_stat_activity WHERE query = \'LISTEN "nspm_outbox"\'')).rowCount ?? 0) > 0),
      30_000,
      'the outbox LISTEN connection back',
    )
    await waitFor(
      () => withClient(databaseUrl, async (db) => ((await db.query("SELECT 1 FROM nspm_api.outbox WHERE status = 'pending'")).rowCount ?? 0) === 0),
      30_000,
      'the outbox drained',
    )
    expect(output.join('\n')).not.toMatch(/"level":"fatal"|Unhandled|uncaught/i)

    // And it still shuts down cleanly.
    const exited = new Promise<number | null>((resolve) => api.process.once('exit', (code) => resolve(code)))
    api.process.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 90_000)
})
