import path from 'node:path'
import { inject } from 'vitest'
import { startApi } from '../../runtime/api-server'
import type { ChildServer } from '../../runtime/child-server'
import { freePort } from '../../runtime/ports'
import { printed, runCli } from '../helpers/run-cli'
import { withClient } from '../helpers/test-database'
import { clusterRoot, startPrimary, startReplica, type Cluster } from './postgres-cluster'

export type DatabasePair = { primary: Cluster; replica: Cluster; databaseUrl: string; replicaUrl: string; root: string; remove: () => Promise<void> }

const DATABASE = 'nspm'

/**
 * Ports for this file's servers: SCALE_TEST_PORT_BASE + offset when set (to keep to a range on a shared
 * machine), otherwise whatever the system says is free.
 */
export async function scalePort(offset: number): Promise<number> {
  const base = Number(process.env.SCALE_TEST_PORT_BASE ?? 0)
  return base > 0 ? base + offset : freePort()
}

/**
 * A primary, migrated and seeded by the product's own `npm run seed` (which runs both migrations first), and a
 * streaming replica of it made afterwards with pg_basebackup (the seed is not replayed row by row).
 */
export async function startDatabasePair(prefix: string, ports: { primary: number; replica: number }): Promise<DatabasePair> {
  const root = clusterRoot(prefix)
  const primary = await startPrimary(root.dir, ports.primary)
  let replica: Cluster | undefined
  const remove = async () => {
    await replica?.stop('immediate')
    await primary.stop('immediate')
    root.remove()
  }
  try {
    await withClient(primary.url('postgres'), (db) => db.query(`CREATE DATABASE ${DATABASE}`))
    const databaseUrl = primary.url(DATABASE)
    const seeded = await runCli('seed/cli.ts', {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: inject('payloadSecret'),
      WEBHOOK_SECRETS_KEY: inject('webhookSecretsKey'),
      ADMIN_EMAIL: 'admin@scale.nspm.localhost',
      ADMIN_PASSWORD: 'scale-test-admin-password',
    })
    if (seeded.code !== 0) throw new Error(`npm run seed failed:\n${printed(seeded)}`)
    replica = await startReplica(root.dir, primary, ports.replica)
    return { primary, replica, databaseUrl, replicaUrl: replica.url(DATABASE), root: root.dir, remove }
  } catch (error) {
    await remove()
    throw error
  }
}

/** One API replica as deployed (the bundled api/dist, NODE_ENV=production), reading from `replicaUrl`. */
export function startScaleApi(pair: DatabasePair, port: number, options: { outboxWorker: boolean; output?: (line: string) => void }): Promise<ChildServer> {
  return startApi({
    port,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: pair.databaseUrl,
      DATABASE_REPLICA_URLS: pair.replicaUrl,
      API_HOST: '127.0.0.1',
      // The load balancer on this host names the client in X-Forwarded-For.
      TRUST_PROXY: 'true',
      // Load from one address: the anonymous query budget would refuse it.
      API_QUERIES_PER_MINUTE: '0',
      API_OUTBOX_WORKER: String(options.outboxWorker),
      API_WEBHOOK_WORKER: 'false',
      SMTP_URL: '',
      MAIL_CATCH_DIR: path.join(pair.root, 'mail'),
      API_POOL_ACQUIRE_TIMEOUT_MS: '2000',
    },
    output: options.output ?? (() => {}),
    readyTimeoutMs: 120_000,
  })
}

/**
 * Statements the API ran on the replica since `since` (the replica's clock): client sessions whose latest
 * statement started since then, except ReplicaReads' own position probes and this query.
 */
export async function replicaStatementsSince(replicaUrl: string, since: Date): Promise<number> {
  return withClient(replicaUrl, async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND query_start >= $1 AND query NOT LIKE '%pg_last_wal_replay_lsn%'`,
      [since],
    )
    return rows[0]?.n ?? 0
  })
}

/** The server's clock (the replica's, for replicaStatementsSince). */
export const serverNow = (url: string): Promise<Date> => withClient(url, async (db) => (await db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now)
