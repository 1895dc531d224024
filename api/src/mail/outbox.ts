import type { EntityManager, MikroORM, QueryResult } from '@mikro-orm/postgresql'
import { claimDueSql } from '../outbox/claim'
import { retryDelayMs } from '../outbox/retry'
import { startWorkerLoop } from '../outbox/worker-loop'
import { describeError } from './errors'
import type { MailTransport } from './transport'
import type { Logger } from '../observability/logger'
import { OUTBOX_CHANNEL } from '../../../contracts/channels'
import { OUTBOX_TABLE, type MailLocale, type MailToEnqueue } from '../../../contracts/outbox'

/**
 * Transactional outbox: the flows write the mail to send in the same transaction as their business row, so a mail
 * exists if and only if the row does; a worker sends it later and retries until the SMTP relay accepts it.
 * Delivery is at least once: a crash between the relay's answer and the commit sends that message again.
 */
export type OutboxRow = { id: number; kind: string; recipient: string; locale: MailLocale; payload: Record<string, unknown>; attempts: number }
export type RenderedMail = { subject: string; text: string; html: string; headers?: Record<string, string> }
/** Returns null when there is nothing to send any more (e.g. the subscriber was erased). */
export type MailRenderer = (row: OutboxRow, em: EntityManager) => Promise<RenderedMail | null>

/**
 * Pass the EntityManager of the caller's transaction (`em.transactional(async (tx) => enqueueMail(tx, …))`): `em.execute`
 * runs on that transaction, so the mail commits or rolls back with the business row, and so does the NOTIFY
 * (PostgreSQL delivers notifications on commit only). Returns the outbox id.
 */
export async function enqueueMail(em: EntityManager, mail: MailToEnqueue): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `WITH ${enqueueMailCtes('VALUES (?::text, ?::text, ?::text, ?::jsonb)', 'mail', 'notified')}
     SELECT (SELECT id FROM mail) AS id, (SELECT count(*) FROM notified) AS notified`,
    [mail.kind, mail.recipient, mail.locale, JSON.stringify(mail.payload)],
  )
  return Number(rows[0]?.id)
}

/**
 * The outbox row and its NOTIFY as CTE entries, for a statement that writes its business rows and the mail at once
 * (and for enqueueMail): `source` yields rows of (kind, recipient, locale, payload jsonb). The statement must read
 * `notifyCte` (e.g. `SELECT count(*) FROM <notifyCte>`), since PostgreSQL skips a plain SELECT CTE that nothing
 * reads. Single statements commit atomically, so the mail still exists if and only if the row does.
 */
export const enqueueMailCtes = (source: string, insertCte: string, notifyCte: string): string => `
  ${insertCte} AS (
    INSERT INTO ${OUTBOX_TABLE} (kind, recipient, locale, payload)
    SELECT mail.kind, mail.recipient, mail.locale, mail.payload FROM (${source}) AS mail (kind, recipient, locale, payload)
    RETURNING id
  ),
  ${notifyCte} AS (SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM (SELECT 1 FROM ${insertCte} LIMIT 1) AS queued)`

/** Sent rows still hold the recipient's address: delete them once they are no longer needed. Returns how many. */
export async function purgeSentMail(em: EntityManager, olderThanDays: number): Promise<number> {
  if (!Number.isInteger(olderThanDays) || olderThanDays < 0) throw new Error('olderThanDays must be a non-negative integer')
  const result = await em.execute<QueryResult>(`DELETE FROM ${OUTBOX_TABLE} WHERE status = 'sent' AND sent_at < now() - make_interval(days => ?)`, [olderThanDays], 'run')
  return result.affectedRows
}

type WorkerOptions = {
  orm: MikroORM
  transport: MailTransport
  from: string
  render: MailRenderer
  log: Logger
  pollIntervalMs?: number
  batchSize?: number
  backoff?: { baseMs: number; maxMs: number }
  /** Claim only these kinds (the ones `render` knows), so that workers with different renderers can share the table. */
  kinds?: readonly string[]
}
export type OutboxWorker = { stop(): Promise<void>; drain(): Promise<number> }

type ClaimedRow = { id: string; kind: string; recipient: string; locale: string; payload: Record<string, unknown>; attempts: number }
type CycleResult = { claimed: number; done: number; sent: number }

const claimSql = (byKind: boolean) =>
  claimDueSql({ table: OUTBOX_TABLE, alias: 'mail', columns: 'id, kind, recipient, locale, payload, attempts', where: byKind ? 'mail.kind IN (?)' : undefined })

export function startOutboxWorker(options: WorkerOptions): OutboxWorker {
  const { orm, transport, from, render, log, pollIntervalMs = 5_000, batchSize = 10, kinds } = options
  if (kinds?.length === 0) throw new Error('kinds, when given, must name at least one kind')
  const backoff = options.backoff ?? { baseMs: 2_000, maxMs: 15 * 60_000 }

  const recordFailure = async (tx: EntityManager, row: OutboxRow, error: unknown) => {
    const attempts = row.attempts + 1
    const reason = describeError(error)
    await tx.execute(
      `UPDATE ${OUTBOX_TABLE} SET attempts = ?, next_attempt_at = now() + (? * interval '1 millisecond'), last_error = ? WHERE id = ?`,
      [attempts, retryDelayMs(attempts, backoff), reason, row.id],
      'run',
    )
    log.warn({ outboxId: row.id, kind: row.kind, attempts, error: reason }, 'mail not sent')
  }

  // One row per savepoint: a renderer's SQL error or a failed send rolls back that row's work (e.g. its token)
  // and leaves the claiming transaction usable for the failure record and the other rows.
  const handle = (tx: EntityManager, row: OutboxRow): Promise<boolean> =>
    tx.transactional(async (rowEm) => {
      const mail = await render(row, rowEm)
      // Field by field: a renderer's object must never be able to override the sender or the recipient.
      if (mail) await transport.send({ from, to: row.recipient, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers })
      // Skipped rows keep no personal data: there is nobody to write to any more.
      const sql = mail
        ? `UPDATE ${OUTBOX_TABLE} SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = ?`
        : `UPDATE ${OUTBOX_TABLE} SET status = 'sent', sent_at = now(), last_error = 'skipped', recipient = '', payload = '{}' WHERE id = ?`
      await rowEm.execute(sql, [row.id], 'run')
      log.info({ outboxId: row.id, kind: row.kind }, mail ? 'mail sent' : 'mail skipped')
      return mail !== null
    })

  // The row locks are held while the mail is sent: a crash before the commit leaves the row pending (at least once).
  const cycle = (): Promise<CycleResult> =>
    orm.em.fork().transactional(async (tx) => {
      const claimed = await tx.execute<ClaimedRow[]>(claimSql(kinds !== undefined), kinds ? [[...kinds], batchSize] : [batchSize])
      const result: CycleResult = { claimed: claimed.length, done: 0, sent: 0 }
      for (const raw of claimed) {
        const row: OutboxRow = { ...raw, id: Number(raw.id), locale: raw.locale === 'en' ? 'en' : 'sv' }
        try {
          if (await handle(tx, row)) result.sent += 1
          result.done += 1
        } catch (error) {
          await recordFailure(tx, row, error)
        }
      }
      return result
    })

  const drainDue = async (): Promise<number> => {
    let sent = 0
    for (;;) {
      const result = await cycle()
      sent += result.sent
      // Nothing succeeded: stop, or a row failing with a tiny backoff would spin here instead of waiting for a poll.
      if (result.claimed === 0 || result.done === 0) return sent
    }
  }

  const clientUrl = orm.config.get('clientUrl')
  if (!clientUrl) throw new Error('the outbox worker needs the ORM clientUrl to LISTEN')
  const loop = startWorkerLoop({ connectionString: clientUrl, channels: OUTBOX_CHANNEL, pollIntervalMs, name: 'outbox', log, run: drainDue })

  return { drain: () => loop.exclusive(drainDue), stop: () => loop.stop() }
}
