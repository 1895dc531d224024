import type { EntityManager } from '@mikro-orm/postgresql'
import { ApiError } from './errors'

export class RateLimitedError extends ApiError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many requests; try again later.', { retryAfterSeconds })
  }
}

/**
 * A fixed-window counter in PostgreSQL (nspm_api.rate_limits), so every API replica shares it. Returns whether
 * this hit is within `limit` for the current window of `windowSeconds`; one statement, no read-then-write race.
 */
export async function hitRateLimit(em: EntityManager, bucket: string, windowSeconds: number, limit: number): Promise<boolean> {
  const rows = await em.execute<{ hits: number }[]>(`${rateLimitHitSql('VALUES (?, ?::int)')} RETURNING hits`, [bucket, windowSeconds])
  return Number(rows[0]?.hits ?? 0) <= limit
}

/**
 * The counting upsert, for statements that fold a rate limit into a larger one (a CTE). `source` yields rows of
 * (bucket text, window seconds int), e.g. `VALUES (?, ?::int)` or `SELECT …`; append `RETURNING hits`.
 */
export const rateLimitHitSql = (source: string): string => `
  INSERT INTO nspm_api.rate_limits (bucket, window_start, hits)
  SELECT hit.bucket, to_timestamp(floor(extract(epoch FROM now()) / hit.seconds) * hit.seconds), 1
  FROM (${source}) AS hit (bucket, seconds)
  ON CONFLICT (bucket, window_start) DO UPDATE SET hits = nspm_api.rate_limits.hits + 1`

/** Throws RATE_LIMITED when the client is over its limit. */
export async function enforceRateLimit(em: EntityManager, bucket: string, windowSeconds: number, limit: number): Promise<void> {
  if (!(await hitRateLimit(em, bucket, windowSeconds, limit))) throw new RateLimitedError(windowSeconds)
}

/** Old windows are useless; the retention job removes them. */
export async function purgeRateLimits(em: EntityManager): Promise<void> {
  await em.execute("DELETE FROM nspm_api.rate_limits WHERE window_start < now() - interval '2 days'", [], 'run')
}
