import type { EntityManager } from '@mikro-orm/postgresql'
import type { ContentLocale } from '../../../../contracts/locales'
import { eligibleSubscriberSql, NEWSLETTER_DELIVERIES_TABLE, NEWSLETTER_SENDS_TABLE } from '../../../../contracts/newsletter-issues'
import { claimDueSql } from '../../outbox/claim'
import { nextSlots, type Throttle } from './throttle'

/** A delivery taken for sending: committed as `sending` before its message leaves, at `delayMs` from now (its slot). */
export type ClaimedDelivery = { id: number; subscriberId: number; email: string; locale: ContentLocale; attempts: number; delayMs: number }

export type Claim =
  /** Deliveries of one send to send now; `skipped` counts those whose subscriber is no longer eligible. */
  | { sendId: number; startedAt: string; deliveries: ClaimedDelivery[]; skipped: number }
  /** A send has deliveries due, but its next slot is further away than the throttle's horizon. */
  | { waitMs: number }
  /** Nothing due in any sending send. */
  | null

type SendRow = { id: number; started_at: string; next_slot_ms: string | null; now_ms: string }
type ClaimedRow = { id: number; subscriber_id: number; locale: ContentLocale; attempts: number; email: string }

// The subscriber is checked again here, at the last moment before the message is committed to leave: an
// unsubscribe, a topic change, a bounce or an erasure during a send stops that person's message.
const CLAIM_SQL = `
  WITH send AS (SELECT topics FROM ${NEWSLETTER_SENDS_TABLE} WHERE id = ?),
  due AS (${claimDueSql({ table: NEWSLETTER_DELIVERIES_TABLE, alias: 'due', columns: 'due.id, due.subscriber_id', where: 'due.send_id = ?' })}),
  checked AS (
    SELECT due.id, s.email, coalesce(${eligibleSubscriberSql('s', 'send.topics')}, false) AS eligible
    FROM due CROSS JOIN send LEFT JOIN newsletter_subscribers s ON s.id = due.subscriber_id),
  skipped AS (
    UPDATE ${NEWSLETTER_DELIVERIES_TABLE} d SET status = 'skipped', finished_at = now() FROM checked
    WHERE d.id = checked.id AND NOT checked.eligible RETURNING d.id),
  claimed AS (
    UPDATE ${NEWSLETTER_DELIVERIES_TABLE} d SET status = 'sending', claimed_at = now(), attempts = d.attempts + 1 FROM checked
    WHERE d.id = checked.id AND checked.eligible RETURNING d.id, d.subscriber_id, d.locale, d.attempts, checked.email)
  SELECT (SELECT coalesce(json_agg(claimed ORDER BY claimed.id), '[]'::json) FROM claimed) AS claimed, (SELECT count(*)::int FROM skipped) AS skipped`

/**
 * Takes the next deliveries to send, in one transaction that locks their send's row: the throttle's slots are
 * taken from the row (`next_slot_at`), so that every replica and every restart shares one rate, and at most
 * `lanes` deliveries are taken at once (what a crash can leave `interrupted`). Only sends in state `sending`:
 * a paused or cancelled send's pending deliveries stay where they are.
 */
export function claimDeliveries(em: EntityManager, throttle: Throttle, lanes: number): Promise<Claim> {
  return em.transactional(async (tx): Promise<Claim> => {
    const [send] = await tx.execute<SendRow[]>(
      `SELECT s.id, s.started_at, (extract(epoch FROM s.next_slot_at) * 1000)::float8 AS next_slot_ms, (extract(epoch FROM now()) * 1000)::float8 AS now_ms
       FROM ${NEWSLETTER_SENDS_TABLE} s
       WHERE s.state = 'sending'
         AND EXISTS (SELECT 1 FROM ${NEWSLETTER_DELIVERIES_TABLE} d WHERE d.send_id = s.id AND d.status = 'pending' AND d.next_attempt_at <= now())
       ORDER BY s.started_at, s.id LIMIT 1 FOR UPDATE`,
    )
    if (!send) return null
    const nowMs = Number(send.now_ms)
    const slots = nextSlots(throttle, { nowMs, nextSlotMs: send.next_slot_ms === null ? null : Number(send.next_slot_ms) }, lanes)
    if ('waitMs' in slots) return slots
    const [result] = await tx.execute<{ claimed: ClaimedRow[]; skipped: number }[]>(CLAIM_SQL, [send.id, send.id, slots.count])
    const claimed = result?.claimed ?? []
    if (throttle.intervalMs > 0 && claimed.length > 0) {
      await tx.execute(`UPDATE ${NEWSLETTER_SENDS_TABLE} SET next_slot_at = to_timestamp(?::float8 / 1000) WHERE id = ?`, [
        slots.firstMs + claimed.length * throttle.intervalMs,
        send.id,
      ])
    }
    return {
      sendId: send.id,
      startedAt: send.started_at,
      skipped: result?.skipped ?? 0,
      deliveries: claimed.map((row, index) => ({
        id: Number(row.id),
        subscriberId: row.subscriber_id,
        email: row.email,
        locale: row.locale,
        attempts: row.attempts,
        delayMs: Math.max(0, slots.firstMs + index * throttle.intervalMs - nowMs),
      })),
    }
  })
}
