import { readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MIGRATION_LOCKS, type MigrationLockKey } from '../../api/src/migrations/advisory-lock'
import { API_MIGRATION_NAMES } from '../../api/src/migrations/names'
import { startApi } from '../../runtime/api-server'
import type { ChildServer } from '../../runtime/child-server'
import { CMS_DIR } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { printed, runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

const PAYLOAD_MIGRATIONS = readdirSync(path.join(CMS_DIR, 'migrations')).filter((file) => /^\d{8}_\d{6}_\w+\.ts$/.test(file)).length
const REPLICAS = 3

/**
 * The test holds the lock itself until all three processes wait for it, then lets go: they are released at the same
 * instant, so the race the lock must settle happens on every run instead of by chance. Without the lock they would
 * never wait, and the test would fail on that.
 */
async function holdLock(databaseUrl: string, key: MigrationLockKey): Promise<{ waiters: () => Promise<number>; release: () => Promise<void> }> {
  const session = new pg.Client({ connectionString: databaseUrl })
  await session.connect()
  await session.query('SELECT pg_advisory_lock($1::bigint)', [key.toString()])
  return {
    // A bigint key shows in pg_locks as classid (high 32 bits) and objid (low 32 bits).
    waiters: async () =>
      Number(
        (
          await session.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_locks
             WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
               AND (classid::bigint << 32 | objid::bigint) = $1::bigint`,
            [key.toString()],
          )
        ).rows[0]?.n,
      ),
    release: async () => {
      await session.query('SELECT pg_advisory_unlock($1::bigint)', [key.toString()])
      await session.end()
    },
  }
}

async function waitForWaiters(count: () => Promise<number>, expected: number, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((await count()) < expected) {
    if (Date.now() > deadline) throw new Error(`${expected} processes never waited for the migration lock (got ${await count()}):\n${what()}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const historyCounts = (databaseUrl: string) =>
  withClient(databaseUrl, async (db) => {
    const payload = await db.query<{ total: string; names: string }>('SELECT count(*) AS total, count(DISTINCT name) AS names FROM payload_migrations')
    const api = await db.query<{ total: string; names: string }>('SELECT count(*) AS total, count(DISTINCT name) AS names FROM nspm_api.mikro_orm_migrations')
    return {
      payload: { total: Number(payload.rows[0]?.total), names: Number(payload.rows[0]?.names) },
      api: { total: Number(api.rows[0]?.total), names: Number(api.rows[0]?.names) },
    }
  })

describe('migrations started by several processes at once take turns on an advisory lock', { timeout: 600_000 }, () => {
  let databaseUrl: string

  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_migrate_race')
  })
  afterAll(async () => {
    await dropDatabase(inject('serverUrl'), databaseUrl).catch(() => undefined)
  })

  it(`${REPLICAS} concurrent \`npm run migrate\` on an empty database all succeed and record each migration once`, async () => {
    const lock = await holdLock(databaseUrl, MIGRATION_LOCKS.PAYLOAD)
    const outputs: string[] = []
    const runs = Array.from({ length: REPLICAS }, () =>
      runCli('runtime/migrate.ts', { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: inject('payloadSecret') }, 360_000).then((result) => {
        outputs.push(printed(result))
        return result
      }),
    )
    try {
      await waitForWaiters(lock.waiters, REPLICAS, 270_000, () => outputs.join('\n'))
    } finally {
      await lock.release()
    }
    const results = await Promise.all(runs)
    for (const result of results) {
      expect(result.code, printed(result)).toBe(0)
      expect(result.stdout + result.stderr, printed(result)).not.toMatch(/already exists|duplicate key/i)
    }
    const counts = await historyCounts(databaseUrl)
    // Payload also records a `dev` row only after a schema push, never here.
    expect(counts.payload).toEqual({ total: PAYLOAD_MIGRATIONS, names: PAYLOAD_MIGRATIONS })
    expect(counts.api).toEqual({ total: API_MIGRATION_NAMES.length, names: API_MIGRATION_NAMES.length })
  })

  it(`${REPLICAS} API processes started together on a database without the API's schema all come up, migrating it once`, async () => {
    // Payload's tables stay (the API needs them); the API's own schema and its history go.
    await withClient(databaseUrl, (db) => db.query('DROP SCHEMA nspm_api CASCADE'))
    const lock = await holdLock(databaseUrl, MIGRATION_LOCKS.API)
    const logs: string[] = []
    const starts = Array.from({ length: REPLICAS }, async (_, replica): Promise<ChildServer> =>
      startApi({
        port: await freePort(),
        env: { ...process.env, DATABASE_URL: databaseUrl, API_OUTBOX_WORKER: 'false', API_WEBHOOK_WORKER: 'false', API_RESPONSE_CACHE: 'false' },
        output: (line) => logs.push(`[api ${replica}] ${line}`),
        readyTimeoutMs: 180_000,
      }),
    )
    const settled = Promise.allSettled(starts)
    try {
      await waitForWaiters(lock.waiters, REPLICAS, 150_000, () => logs.join('\n'))
    } finally {
      await lock.release()
    }
    const outcomes = await settled
    const servers = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []))
    try {
      expect(
        outcomes.map((outcome) => outcome.status),
        logs.join('\n'),
      ).toEqual(Array(REPLICAS).fill('fulfilled'))
      expect(logs.join('\n')).not.toMatch(/already exists|duplicate key|"level":"fatal"/i)
      // Every replica answers a query that reads the tables the migrations made.
      for (const server of servers) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ changes(first: 1) { edges { cursor } } }' }),
        })
        expect(response.status, await response.clone().text()).toBe(200)
        expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined()
      }
      expect((await historyCounts(databaseUrl)).api).toEqual({ total: API_MIGRATION_NAMES.length, names: API_MIGRATION_NAMES.length })
    } finally {
      await Promise.all(servers.map((server) => server.stop()))
    }
  })
})
