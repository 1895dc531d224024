import type { MikroORM } from '@mikro-orm/postgresql'
import { Counter, Gauge, Histogram, type Registry } from 'prom-client'

/** The part of knex's pool (tarn) that is read here; knex types its client as `any`. */
type TarnPool = {
  max: number
  numUsed(): number
  numFree(): number
  numPendingAcquires(): number
  numPendingCreates(): number
  on(event: 'acquireRequest', handler: (eventId: number) => void): void
  on(event: 'acquireSuccess', handler: (eventId: number) => void): void
  on(event: 'acquireFail', handler: (eventId: number) => void): void
}

/**
 * The database pool(s): connections in use and idle, requests waiting for one (the sign of a pool that is too
 * small, before requests start failing with SERVICE_UNAVAILABLE), the wait itself, and waits that timed out. Labelled
 * `pool="primary"`, and `pool="replica"` when MikroORM reads from replicas.
 */
export function registerPoolMetrics(registry: Registry, orm: MikroORM): void {
  const pools = poolsOf(orm)
  const labelNames = ['pool'] as const
  const gauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        for (const [label, pool] of pools) this.set({ pool: label }, read(pool))
      },
    })
  gauge('nspm_api_db_pool_connections_used', 'Database connections lent to a query or transaction.', (pool) => pool.numUsed())
  gauge('nspm_api_db_pool_connections_free', 'Open database connections waiting idle in the pool.', (pool) => pool.numFree())
  gauge('nspm_api_db_pool_connections_max', 'The most connections the pool opens (API_POOL_MAX).', (pool) => pool.max)
  gauge('nspm_api_db_pool_pending_acquires', 'Requests for a connection waiting because every connection is in use or being opened.', (pool) => pool.numPendingAcquires())
  gauge('nspm_api_db_pool_pending_creates', 'Connections being opened.', (pool) => pool.numPendingCreates())
  const waits = new Histogram({
    name: 'nspm_api_db_pool_acquire_seconds',
    help: 'Time a query waited for a database connection.',
    labelNames,
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const failures = new Counter({
    name: 'nspm_api_db_pool_acquire_failures_total',
    help: 'Waits for a connection that failed (API_POOL_ACQUIRE_TIMEOUT_MS passed, or the database refused): answered SERVICE_UNAVAILABLE.',
    labelNames,
    registers: [registry],
  })
  for (const [label, pool] of pools) {
    const started = new Map<number, number>()
    pool.on('acquireRequest', (eventId) => started.set(eventId, performance.now()))
    pool.on('acquireSuccess', (eventId) => {
      const since = started.get(eventId)
      started.delete(eventId)
      if (since !== undefined) waits.observe({ pool: label }, (performance.now() - since) / 1000)
    })
    pool.on('acquireFail', (eventId) => {
      started.delete(eventId)
      failures.inc({ pool: label })
    })
  }
}

function poolsOf(orm: MikroORM): [string, TarnPool][] {
  const pools: [string, TarnPool][] = []
  for (const [label, type] of [
    ['primary', 'write'],
    ['replica', 'read'],
  ] as const) {
    const client = orm.em.getConnection(type).getKnex().client as { pool?: TarnPool }
    if (client.pool && !pools.some(([, known]) => known === client.pool)) pools.push([label, client.pool])
  }
  return pools
}
