import type { MikroORM } from '@mikro-orm/postgresql'
import { Gauge, type Registry } from 'prom-client'

/** The scrape counts at most this many pending rows, so that a backlog never makes it slow (the partial index holds them). */
const OUTBOX_COUNT_LIMIT = 10_000

const OUTBOX_SQL = `
  SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS oldest_seconds
  FROM (SELECT created_at FROM nspm_api.outbox WHERE status = 'pending' LIMIT ${OUTBOX_COUNT_LIMIT}) AS due`

/**
 * The email outbox, read at scrape time with one bounded statement shared by both gauges: how many mails wait and
 * how long the oldest has waited (a stuck relay shows as a growing age long before anyone misses an email). A
 * failed read (the database away) gives NaN rather than a stale or a reassuring number.
 */
export function registerOutboxMetrics(registry: Registry, orm: MikroORM): void {
  let reading: Promise<{ pending: number; oldestSeconds: number } | undefined> | undefined
  const read = () =>
    (reading ??= orm.em
      .fork()
      .execute<{ pending: number; oldest_seconds: number }[]>(OUTBOX_SQL)
      .then(([row]) => (row ? { pending: row.pending, oldestSeconds: row.oldest_seconds } : undefined))
      .catch(() => undefined)
      .finally(() => setImmediate(() => (reading = undefined))))
  new Gauge({
    name: 'nspm_api_outbox_pending',
    help: `Emails waiting in the outbox to be sent (counted up to ${OUTBOX_COUNT_LIMIT}; NaN: the database could not be read).`,
    registers: [registry],
    async collect() {
      const state = await read()
      if (state) this.set(state.pending)
      else this.set(Number.NaN)
    },
  })
  new Gauge({
    name: 'nspm_api_outbox_oldest_pending_age_seconds',
    help: 'How long the oldest email waiting in the outbox has waited (0: none waiting; NaN: the database could not be read).',
    registers: [registry],
    async collect() {
      const state = await read()
      if (state) this.set(state.oldestSeconds)
      else this.set(Number.NaN)
    },
  })
}
