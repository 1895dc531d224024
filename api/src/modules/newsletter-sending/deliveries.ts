import type { EntityManager } from '@mikro-orm/postgresql'
import { BOUNCING_AFTER_ISSUES, NEWSLETTER_BOUNCES_TABLE, NEWSLETTER_DELIVERIES_TABLE } from '../../../../contracts/newsletter-issues'

/**
 * The second phase of a delivery, after the SMTP conversation: every update starts from `sending`, so a row the
 * recovery has meanwhile called `interrupted` keeps that verdict (the message did leave at most once either way).
 */

/** Sent: the subscriber's run of bounced issues starts again from zero. */
export async function recordSent(em: EntityManager, deliveryId: number): Promise<void> {
  await em.execute(
    `WITH done AS (
       UPDATE ${NEWSLETTER_DELIVERIES_TABLE} SET status = 'sent', finished_at = now(), error_code = NULL WHERE id = ? AND status = 'sending' RETURNING subscriber_id)
     UPDATE ${NEWSLETTER_BOUNCES_TABLE} b SET issues_in_a_row = 0, updated_at = now() FROM done WHERE b.subscriber_id = done.subscriber_id AND b.issues_in_a_row > 0`,
    [deliveryId],
    'run',
  )
}

const RUN = `CASE WHEN b.last_send_id IS DISTINCT FROM EXCLUDED.last_send_id THEN b.issues_in_a_row + 1 ELSE b.issues_in_a_row END`

/**
 * Failed for good, with its code. A bounce (a permanent refusal) also counts one more issue in the subscriber's
 * run, once per send; at BOUNCING_AFTER_ISSUES in a row the address is bouncing and is no longer mailed.
 */
export async function recordFailed(em: EntityManager, deliveryId: number, code: string, bounce: boolean): Promise<void> {
  await em.execute(
    `WITH done AS (
       UPDATE ${NEWSLETTER_DELIVERIES_TABLE} SET status = 'failed', finished_at = now(), error_code = ? WHERE id = ? AND status = 'sending'
       RETURNING subscriber_id, send_id)
     INSERT INTO ${NEWSLETTER_BOUNCES_TABLE} AS b (subscriber_id, issues_in_a_row, last_send_id, last_code, bouncing_since, updated_at)
     SELECT subscriber_id, 1, send_id, ?, CASE WHEN 1 >= ${BOUNCING_AFTER_ISSUES} THEN now() END, now() FROM done WHERE ?::boolean
     ON CONFLICT (subscriber_id) DO UPDATE SET
       issues_in_a_row = ${RUN},
       bouncing_since = coalesce(b.bouncing_since, CASE WHEN ${RUN} >= ${BOUNCING_AFTER_ISSUES} THEN now() END),
       last_send_id = EXCLUDED.last_send_id, last_code = EXCLUDED.last_code, updated_at = now()`,
    [code, deliveryId, code, bounce],
    'run',
  )
}

/** Provably not delivered (refused for now, or no connection): pending again after `delayMs`. */
export async function recordRetry(em: EntityManager, deliveryId: number, code: string, delayMs: number): Promise<void> {
  await em.execute(
    `UPDATE ${NEWSLETTER_DELIVERIES_TABLE} SET status = 'pending', claimed_at = NULL, error_code = ?, next_attempt_at = now() + (? * interval '1 millisecond')
     WHERE id = ? AND status = 'sending'`,
    [code, delayMs, deliveryId],
    'run',
  )
}
