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
  const rows = await em.execute<{ hits: number }[]>(
    `INSERT INTO nspm_api.rate_limits (bucket, window_start, hits)
     VALUES (?, to_timestamp(floor(extract(epoch FROM now()) / ?) * ?), 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = nspm_api.rate_limits.hits + 1
     RETURNING hits`,
    [bucket, windowSeconds, windowSeconds],
  )
  return Number(rows[0]?.hits ?? 0) <= limit
}

/** Throws RATE_LIMITED when the client is over its limit. */
export async function enforceRateLimit(em: EntityManager, bucket: string, windowSeconds: number, limit: number): Promise<void> {
  if (!(await hitRateLimit(em, bucket, windowSeconds, limit))) throw new RateLimitedError(windowSeconds)
}

/** Old windows are useless; the retention job removes them. */
export async function purgeRateLimits(em: EntityManager): Promise<void> {
  await em.execute("DELETE FROM nspm_api.rate_limits WHERE window_start < now() - interval '2 days'", [], 'run')
}
