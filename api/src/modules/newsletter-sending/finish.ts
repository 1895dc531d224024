import type { EntityManager } from '@mikro-orm/postgresql'
import { CONTENT_CHANGED_CHANNEL } from '../../../../contracts/channels'
import { ARCHIVE_CHANGED_PAYLOAD, NEWSLETTER_DELIVERIES_TABLE, NEWSLETTER_SENDS_TABLE } from '../../../../contracts/newsletter-issues'

/**
 * How long a delivery may stay `sending` before it counts as interrupted by a crash: longer than a claimed
 * delivery waits for its throttle slot (≤ 1 s) plus a whole SMTP conversation (connection, greeting and socket
 * timeouts of cms/mail/smtp.ts: 20 s) plus its token and status writes. A live sender that is slower anyway only
 * loses its own verdict: its update starts from `sending`, so the row stays `interrupted` and nobody is mailed twice.
 */
const INTERRUPTED_AFTER_SECONDS = 30

/** Deliveries left `sending` by a sender that died mid-conversation: failed, never tried again (at most once). */
export async function failInterrupted(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `UPDATE ${NEWSLETTER_DELIVERIES_TABLE} d SET status = 'failed', error_code = 'interrupted', finished_at = now()
     FROM ${NEWSLETTER_SENDS_TABLE} s
     WHERE d.send_id = s.id AND s.state IN ('sending', 'paused', 'cancelled') AND d.status = 'sending'
       AND d.claimed_at < now() - make_interval(secs => ?)
     RETURNING d.id`,
    [INTERRUPTED_AFTER_SECONDS],
  )
  return rows.length
}

/** A cancelled send's deliveries that had not started are skipped (the CMS may have done so already). */
export async function skipCancelled(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `UPDATE ${NEWSLETTER_DELIVERIES_TABLE} d SET status = 'skipped', finished_at = now()
     FROM ${NEWSLETTER_SENDS_TABLE} s WHERE d.send_id = s.id AND s.state = 'cancelled' AND d.status = 'pending' RETURNING d.id`,
  )
  return rows.length
}

export type FinishedSend = { sendId: number; state: 'sent' | 'failed'; recipients: number; sent: number; failed: number; skipped: number; interrupted: number; tookMs: number }

/**
 * Sends with no delivery left pending or sending are finished: `failed` when nothing could be sent at all
 * (something failed and nothing went), otherwise `sent`, which puts the issue in the public archive; the API's
 * read paths and response caches hear it through CONTENT_CHANGED_CHANNEL. One replica wins each send (the
 * UPDATE re-checks the state under its row lock).
 */
export async function finishSends(em: EntityManager): Promise<FinishedSend[]> {
  const rows = await em.execute<(Omit<FinishedSend, 'sendId' | 'tookMs'> & { id: number; took_ms: number })[]>(
    `WITH tally AS (
       SELECT s.id,
         count(d.id) FILTER (WHERE d.status IN ('pending', 'sending'))::int AS open,
         count(d.id) FILTER (WHERE d.status = 'sent')::int AS sent,
         count(d.id) FILTER (WHERE d.status = 'failed')::int AS failed,
         count(d.id) FILTER (WHERE d.status = 'skipped')::int AS skipped,
         count(d.id) FILTER (WHERE d.error_code = 'interrupted')::int AS interrupted
       FROM ${NEWSLETTER_SENDS_TABLE} s LEFT JOIN ${NEWSLETTER_DELIVERIES_TABLE} d ON d.send_id = s.id
       WHERE s.state = 'sending' GROUP BY s.id),
     finished AS (
       UPDATE ${NEWSLETTER_SENDS_TABLE} s SET state = CASE WHEN tally.sent = 0 AND tally.failed > 0 THEN 'failed' ELSE 'sent' END, finished_at = now(), updated_at = now()
       FROM tally WHERE s.id = tally.id AND tally.open = 0 AND s.state = 'sending'
       RETURNING s.id, s.state, coalesce(s.recipients, 0) AS recipients, tally.sent, tally.failed, tally.skipped, tally.interrupted,
         (extract(epoch FROM s.finished_at - s.started_at) * 1000)::float8 AS took_ms),
     notified AS (SELECT pg_notify(?, ?) FROM (SELECT 1 FROM finished WHERE state = 'sent' LIMIT 1) AS archived)
     SELECT finished.*, (SELECT count(*) FROM notified) AS notified FROM finished`,
    [CONTENT_CHANGED_CHANNEL, ARCHIVE_CHANGED_PAYLOAD],
  )
  return rows.map((row) => ({
    sendId: row.id,
    state: row.state,
    recipients: row.recipients,
    sent: row.sent,
    failed: row.failed,
    skipped: row.skipped,
    interrupted: row.interrupted,
    tookMs: Math.round(row.took_ms),
  }))
}
