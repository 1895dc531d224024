import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SqlExecutor } from '../db/requestDb'
import { NEWSLETTER_BOUNCES_TABLE } from '../../contracts/newsletter-issues'

type BouncedAddress = { subscriberId: number; email: string; since: Date; lastCode: string | null }

/** Addresses the API stopped mailing after repeated permanent failures, newest first; empty before the API's tables exist. */
export async function bouncedAddresses(db: SqlExecutor, limit = 200): Promise<BouncedAddress[]> {
  const { rows: exists } = await db.execute<{ present: boolean }>(sql`SELECT to_regclass(${NEWSLETTER_BOUNCES_TABLE}) IS NOT NULL AS present`)
  if (!exists[0]?.present) return []
  const { rows } = await db.execute<{ id: number; email: string; since: Date | string; last_code: string | null }>(sql`
    SELECT s.id, s.email, b.bouncing_since AS since, b.last_code FROM ${sql.raw(NEWSLETTER_BOUNCES_TABLE)} b
    JOIN newsletter_subscribers s ON s.id = b.subscriber_id
    WHERE b.bouncing_since IS NOT NULL ORDER BY b.bouncing_since DESC, s.id LIMIT ${limit}`)
  return rows.map((row) => ({ subscriberId: Number(row.id), email: row.email, since: new Date(row.since), lastCode: row.last_code }))
}
