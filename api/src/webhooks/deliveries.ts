import type { EntityManager, QueryResult } from '@mikro-orm/postgresql'
import { DELIVERIES_TABLE, GIVE_UP_AFTER_HOURS, type DeliveryErrorKind } from '../../../contracts/webhooks'
import { claimDueSql } from '../outbox/claim'
import type { DeliveryEvent } from './event'

/** The deliveries table (nspm_api.webhook_deliveries) as the sender uses it. */
export type ClaimedDelivery = DeliveryEvent & { endpointId: number; attempts: number }

type Row = {
  id: string
  endpoint_id: number
  document_type: string
  document_id: number
  action: string
  change_id: string
  changed_at: Date | string
  attempts: number
}

// The oldest due delivery of each endpoint that this process is not already sending to: one request at a time
// per endpoint, in change order while the endpoint answers (a delivery waiting for its retry does not hold back
// the ones after it, so after an outage the order is not guaranteed; events carry changeId for that).
const due = claimDueSql({
  table: DELIVERIES_TABLE,
  columns: 'due.id',
  where: `due.endpoint_id <> ALL(?::int[]) AND NOT EXISTS (SELECT 1 FROM ${DELIVERIES_TABLE} AS older
    WHERE older.endpoint_id = due.endpoint_id AND older.status = 'pending' AND older.next_attempt_at <= now() AND older.id < due.id)`,
})

/**
 * Claims due deliveries by lease: the attempt is counted and the row pushed out of reach for `leaseMs` (longer than
 * an attempt may take) in one short statement, so no transaction stays open while partners answer. A process that
 * dies mid-attempt leaves the row to be retried when the lease runs out (at least once).
 */
export async function leaseDueDeliveries(em: EntityManager, options: { limit: number; busyEndpoints: readonly number[]; leaseMs: number }): Promise<ClaimedDelivery[]> {
  const rows = await em.execute<Row[]>(
    `UPDATE ${DELIVERIES_TABLE} AS d SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + (? * interval '1 millisecond')
     FROM (${due}) AS claimed WHERE d.id = claimed.id
     RETURNING d.id, d.endpoint_id, d.document_type, d.document_id, d.action, d.change_id, d.changed_at, d.attempts`,
    [options.leaseMs, `{${options.busyEndpoints.join(',')}}`, options.limit],
  )
  return rows
    .map((row) => ({
      deliveryId: Number(row.id),
      endpointId: row.endpoint_id,
      documentType: row.document_type,
      documentId: row.document_id,
      action: row.action,
      changeId: String(row.change_id),
      changedAt: new Date(row.changed_at),
      attempts: row.attempts,
    }))
    .sort((a, b) => a.deliveryId - b.deliveryId)
}

// Every outcome names the attempt it belongs to: an older attempt that ends late (or one overtaken by "send again")
// changes nothing.
const SAME_ATTEMPT = "id = ? AND attempts = ? AND status = 'pending'"

export async function recordDelivered(em: EntityManager, delivery: ClaimedDelivery, status: number): Promise<void> {
  await em.execute(
    `UPDATE ${DELIVERIES_TABLE} SET status = 'delivered', delivered_at = now(), last_status = ?, last_error = NULL WHERE ${SAME_ATTEMPT}`,
    [status, delivery.deliveryId, delivery.attempts],
    'run',
  )
}

/** Retried after `delayMs`, or failed for good when `final` or after GIVE_UP_AFTER_HOURS of trying. Returns the status. */
export async function recordFailure(
  em: EntityManager,
  delivery: ClaimedDelivery,
  failure: { error: DeliveryErrorKind; detail?: string; status?: number; delayMs: number; final: boolean },
): Promise<string | undefined> {
  const rows = await em.execute<{ status: string }[]>(
    `UPDATE ${DELIVERIES_TABLE} SET
       status = CASE WHEN ?::boolean OR retry_since <= now() - make_interval(hours => ?) THEN 'failed' ELSE 'pending' END,
       next_attempt_at = now() + (? * interval '1 millisecond'), last_status = ?, last_error = ?
     WHERE ${SAME_ATTEMPT} RETURNING status`,
    [
      failure.final,
      GIVE_UP_AFTER_HOURS,
      failure.delayMs,
      failure.status ?? null,
      failure.detail ? `${failure.error} (${failure.detail})` : failure.error,
      delivery.deliveryId,
      delivery.attempts,
    ],
  )
  return rows[0]?.status
}

/** The endpoint was switched off or removed: its queued deliveries will not be sent. */
export async function cancelDelivery(em: EntityManager, delivery: ClaimedDelivery): Promise<void> {
  await em.execute(`UPDATE ${DELIVERIES_TABLE} SET status = 'cancelled' WHERE ${SAME_ATTEMPT}`, [delivery.deliveryId, delivery.attempts], 'run')
}

/** Finished deliveries are history: kept for the delivery log, then deleted. Returns how many. */
export async function purgeFinishedDeliveries(em: EntityManager, olderThanDays: number): Promise<number> {
  const result = await em.execute<QueryResult>(
    `DELETE FROM ${DELIVERIES_TABLE} WHERE status <> 'pending' AND created_at < now() - make_interval(days => ?)`,
    [olderThanDays],
    'run',
  )
  return result.affectedRows
}
