import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SqlExecutor } from './requestDb'
import { OUTBOX_CHANNEL } from '../../contracts/channels'
import { OUTBOX_TABLE, type MailToEnqueue } from '../../contracts/outbox'

/** The CMS's side of the outbox (contracts/outbox.ts): it adds rows and reads counts; the API renders and sends. */

/** Pass the request's transaction (`requestDb(req)`): the mail, and the NOTIFY, then exist only if it commits. */
export async function enqueueMail(db: SqlExecutor, mail: MailToEnqueue): Promise<void> {
  try {
    await db.execute(sql`INSERT INTO ${sql.raw(OUTBOX_TABLE)} (kind, recipient, locale, payload)
      VALUES (${mail.kind}, ${mail.recipient}, ${mail.locale}, ${JSON.stringify(mail.payload)}::jsonb)`)
  } catch (error) {
    // Drizzle's message repeats the query's parameters, the recipient's address among them: keep it out of logs.
    throw new Error(`The ${mail.kind} email could not be queued (SQLSTATE ${sqlState(error)})`)
  }
  // PostgreSQL delivers notifications on commit only, so the API's worker never wakes for a rolled-back mail.
  await db.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`)
}

function sqlState(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : 'unknown'
}

export type OutboxSummary = { pending: number; failing: number; oldestPending: Date | null }
export type OutboxFailure = { id: string; kind: string; attempts: number; lastError: string | null; nextAttemptAt: Date; createdAt: Date }

/** Null when the table does not exist yet (the API has never started against this database). */
export async function outboxSummary(db: SqlExecutor): Promise<OutboxSummary | null> {
  const { rows: exists } = await db.execute<{ present: boolean }>(sql`SELECT to_regclass(${OUTBOX_TABLE}) IS NOT NULL AS present`)
  if (!exists[0]?.present) return null
  const { rows } = await db.execute<{ pending: string; failing: string; oldest: Date | string | null }>(sql`
    SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
           count(*) FILTER (WHERE status = 'pending' AND attempts > 0) AS failing,
           min(created_at) FILTER (WHERE status = 'pending') AS oldest
    FROM ${sql.raw(OUTBOX_TABLE)}`)
  const row = rows[0]
  return { pending: Number(row?.pending ?? 0), failing: Number(row?.failing ?? 0), oldestPending: row?.oldest ? new Date(row.oldest) : null }
}

/** Pending mails that have failed at least once, newest first; never the recipient (personal data). */
export async function recentOutboxFailures(db: SqlExecutor, limit = 10): Promise<OutboxFailure[]> {
  const { rows } = await db.execute<{ id: string; kind: string; attempts: number; last_error: string | null; next_attempt_at: Date | string; created_at: Date | string }>(sql`
    SELECT id, kind, attempts, last_error, next_attempt_at, created_at FROM ${sql.raw(OUTBOX_TABLE)}
    WHERE status = 'pending' AND attempts > 0 ORDER BY created_at DESC, id DESC LIMIT ${limit}`)
  return rows.map((row) => ({
    id: String(row.id),
    kind: row.kind,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    nextAttemptAt: new Date(row.next_attempt_at),
    createdAt: new Date(row.created_at),
  }))
}
