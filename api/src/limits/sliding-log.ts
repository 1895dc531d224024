import type { EntityManager } from '@mikro-orm/postgresql'
import type { LimitOutcome, LimitPolicy } from './policy'

/*
 * Limits on what costs something (an order ships paper, a subscription sends email) are kept in PostgreSQL, in
 * nspm_api.rate_limit_logs, so that every replica counts alike. Each bucket (policy and caller) keeps the times of
 * its allowed hits within the window: a sliding log.
 *
 * Why a sliding log: it is the one algorithm for which the policy's words are exactly true ("at most q in any w
 * seconds") and for which the time until a slot frees is exact: the oldest counted hit's time plus the window.
 * A fixed window (what this replaced) refuses for up to a whole window and then lets 2q through across its edge;
 * a sliding-window counter is an estimate; GCRA (a token bucket) gives exact retry times but lets q through at once
 * and q more over the window, so "10 orders an hour" would mean 19 in an hour. The log costs one timestamp per
 * allowed hit, bounded by the quota: right for quotas of tens or hundreds, not for request budgets of thousands
 * (those are GCRA in memory, see query-budget.ts). Refused attempts are not stored: a client that keeps retrying
 * is not pushed further back, so `retryAfter` stays true.
 *
 * One statement, no read-then-write race: concurrent hits on a bucket queue on its row lock.
 */

/** Hits still in the window, oldest first; `hits` and `seconds` are SQL expressions. */
const live = (hits: string, seconds: string) => `ARRAY(SELECT t FROM unnest(${hits}) AS t WHERE t > now() - make_interval(secs => ${seconds}) ORDER BY t)`

const LIVE = live('log.hits', 'EXCLUDED.window_seconds')

/**
 * The counting upsert, for statements that fold a limit into a larger one (a CTE). `source` yields rows of
 * (bucket text, quota int, window seconds int), e.g. `VALUES (?::text, ?::int, ?::int)`; it returns one row per
 * hit with the columns of `HitRow`.
 */
export const limitHitSql = (source: string): string => `
  INSERT INTO nspm_api.rate_limit_logs AS log (bucket, quota, window_seconds, hits, allowed, updated_at)
  SELECT hit.bucket, hit.quota, hit.seconds, CASE WHEN hit.quota > 0 THEN ARRAY[now()] ELSE '{}' END, hit.quota > 0, now()
  FROM (${source}) AS hit (bucket, quota, seconds)
  ON CONFLICT (bucket) DO UPDATE SET
    allowed = cardinality(${LIVE}) < EXCLUDED.quota,
    hits = ${LIVE} || CASE WHEN cardinality(${LIVE}) < EXCLUDED.quota THEN ARRAY[now()] ELSE '{}' END,
    quota = EXCLUDED.quota,
    window_seconds = EXCLUDED.window_seconds,
    updated_at = now()
  RETURNING log.allowed,
    greatest(log.quota - cardinality(log.hits), 0) AS remaining,
    ${resetSeconds('log.hits', 'log.window_seconds')} AS reset_seconds`

/** Seconds until the oldest hit of `hits` leaves the window; the whole window when there is none. */
function resetSeconds(hits: string, seconds: string): string {
  return `ceil(extract(epoch FROM coalesce((SELECT min(t) FROM unnest(${hits}) AS t), now()) + make_interval(secs => ${seconds}) - now()))::int`
}

/** What `limitHitSql` returns (pg gives integers as numbers, booleans as booleans). */
export type HitRow = { allowed: boolean; remaining: number; reset_seconds: number }

export const outcomeOf = (policy: LimitPolicy, row: HitRow): LimitOutcome => ({
  policy,
  allowed: row.allowed,
  remaining: Number(row.remaining),
  resetSeconds: Number(row.reset_seconds),
})

/** The values `limitHitSql`'s `source` takes, in order. */
export const hitValues = (bucket: string, policy: LimitPolicy): [string, number, number] => [bucket, policy.quota, policy.windowSeconds]

/** One hit on a bucket, on its own. */
export async function hitLimit(em: EntityManager, bucket: string, policy: LimitPolicy): Promise<LimitOutcome> {
  const [row] = await em.execute<HitRow[]>(limitHitSql('VALUES (?::text, ?::int, ?::int)'), hitValues(bucket, policy))
  return outcomeOf(policy, row!)
}

/**
 * A bucket's state without counting, as a subquery for a LATERAL join: `used` (hits in the window) and
 * `reset_seconds`, no row when the bucket has none. `bucket` is an SQL expression (e.g. `?::text`).
 */
export const limitUsageSql = (bucket: string): string => `
  SELECT cardinality(usage.hits) AS used, ${resetSeconds('usage.hits', 'l.window_seconds')} AS reset_seconds
  FROM nspm_api.rate_limit_logs l, LATERAL (SELECT ${live('l.hits', 'l.window_seconds')} AS hits) AS usage
  WHERE l.bucket = ${bucket}`

/** The outcome a request that counted nothing reports: the bucket's state as `limitUsageSql` read it. */
export function usageOutcome(policy: LimitPolicy, used: number | null, reset: number | null): LimitOutcome {
  return { policy, allowed: true, remaining: Math.max(policy.quota - (used ?? 0), 0), resetSeconds: reset ?? policy.windowSeconds }
}

/**
 * Buckets whose every hit has left the window are useless; the retention job removes them. The fixed-window table
 * of the previous release is emptied too while replicas of that release may still write to it (see the migration).
 */
export async function purgeRateLimits(em: EntityManager): Promise<void> {
  await em.execute('DELETE FROM nspm_api.rate_limit_logs WHERE updated_at < now() - make_interval(secs => window_seconds)', [], 'run')
  await em.execute("DELETE FROM nspm_api.rate_limits WHERE window_start < now() - interval '2 days'", [], 'run')
}
