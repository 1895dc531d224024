import { sql } from '@payloadcms/db-postgres/drizzle'
import { DELIVERIES_TABLE, ENDPOINTS_TABLE, SECRETS_TABLE, eventType, type DeliveryStatus } from '../../contracts/webhooks'
import type { SqlExecutor } from './requestDb'
import { WEBHOOKS_CHANNEL } from '../../contracts/channels'

/** The webhook deliveries the API queues and sends (nspm_api.webhook_deliveries), as the admin shows and resends them. */
const deliveries = sql.raw(DELIVERIES_TABLE)

export type DeliveryLogEntry = {
  id: string
  eventType: string
  documentType: string
  documentId: number
  changeId: string
  status: DeliveryStatus
  attempts: number
  lastStatus: number | null
  lastError: string | null
  nextAttemptAt: string | null
  lastAttemptAt: string | null
  deliveredAt: string | null
  createdAt: string
}

type Row = {
  id: string
  document_type: string
  document_id: number
  action: string
  change_id: string
  status: DeliveryStatus
  attempts: number
  last_status: number | null
  last_error: string | null
  next_attempt_at: Date | string
  last_attempt_at: Date | string | null
  delivered_at: Date | string | null
  created_at: Date | string
}

const iso = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null)

/** The endpoint's most recent deliveries, newest first: what was sent and how it went, never a secret. */
export async function recentDeliveries(db: SqlExecutor, endpointId: number, limit: number): Promise<DeliveryLogEntry[]> {
  const { rows } = await db.execute<Row>(sql`
    SELECT id, document_type, document_id, action, change_id, status, attempts, last_status, last_error, next_attempt_at, last_attempt_at, delivered_at, created_at
    FROM ${deliveries} WHERE endpoint_id = ${endpointId} ORDER BY id DESC LIMIT ${limit}`)
  return rows.map((row) => ({
    id: String(row.id),
    eventType: eventType(row.document_type, row.action),
    documentType: row.document_type,
    documentId: row.document_id,
    changeId: String(row.change_id),
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    lastAttemptAt: iso(row.last_attempt_at),
    deliveredAt: iso(row.delivered_at),
    createdAt: iso(row.created_at) ?? '',
  }))
}

/**
 * "Send again": pending now, with a fresh 24 hours of retries, and every API replica woken (the NOTIFY is delivered
 * at commit). The webhook-id stays the same, so a partner that already processed it can tell. Which deliveries:
 * one by id, or all the endpoint's failed ones. Returns how many were queued.
 */
export async function resendDeliveries(db: SqlExecutor, endpointId: number, which: { deliveryId: string } | 'failed'): Promise<number> {
  const only = which === 'failed' ? sql`status = 'failed'` : sql`id = ${which.deliveryId}`
  const { rows } = await db.execute<{ id: string }>(sql`
    UPDATE ${deliveries} SET status = 'pending', attempts = 0, next_attempt_at = now(), retry_since = now()
    WHERE endpoint_id = ${endpointId} AND ${only} RETURNING id`)
  if (rows.length > 0) await db.execute(sql`SELECT pg_notify(${WEBHOOKS_CHANNEL}, '')`)
  return rows.length
}

/** With the endpoint: its secrets and its delivery log (pass the delete's transaction). */
export async function removeEndpointData(db: SqlExecutor, endpointId: number): Promise<void> {
  await db.execute(sql`DELETE FROM ${deliveries} WHERE endpoint_id = ${endpointId}`)
  await db.execute(sql`DELETE FROM ${sql.raw(SECRETS_TABLE)} WHERE endpoint_id = ${endpointId}`)
}

/** The change log's newest id: a new endpoint receives the changes after it. */
export async function latestChangeId(db: SqlExecutor): Promise<number> {
  const { rows } = await db.execute<{ id: string | null }>(sql`SELECT max(id) AS id FROM content_changes`)
  return Number(rows[0]?.id ?? 0)
}

/** How many endpoints are registered and active; null while the API has not created its tables here. */
export async function endpointCounts(db: SqlExecutor): Promise<{ total: number; active: number } | null> {
  const { rows: exists } = await db.execute<{ present: boolean }>(sql`SELECT to_regclass(${DELIVERIES_TABLE}) IS NOT NULL AS present`)
  if (!exists[0]?.present) return null
  const { rows } = await db.execute<{ total: string; active: string }>(sql`
    SELECT count(*) AS total, count(*) FILTER (WHERE active) AS active FROM ${sql.raw(ENDPOINTS_TABLE)}`)
  return { total: Number(rows[0]?.total ?? 0), active: Number(rows[0]?.active ?? 0) }
}

export type EndpointHealth = { id: number; name: string; active: boolean; retrying: number; failed: number; lastError: string | null; lastFailureAt: Date | null }

/** Endpoints with deliveries that are being retried or failed in the last `days` days, worst first (dashboard). */
export async function troubledEndpoints(db: SqlExecutor, days: number): Promise<EndpointHealth[]> {
  const { rows } = await db.execute<{
    id: number
    name: string
    active: boolean | null
    retrying: string
    failed: string
    last_error: string | null
    last_failure_at: Date | string | null
  }>(sql`
    SELECT endpoint.id, endpoint.name, endpoint.active,
           count(*) FILTER (WHERE delivery.status = 'pending' AND delivery.attempts > 0) AS retrying,
           count(*) FILTER (WHERE delivery.status = 'failed' AND delivery.created_at > now() - make_interval(days => ${days})) AS failed,
           (array_agg(delivery.last_error ORDER BY delivery.last_attempt_at DESC NULLS LAST) FILTER (WHERE delivery.last_error IS NOT NULL))[1] AS last_error,
           max(delivery.last_attempt_at) FILTER (WHERE delivery.last_error IS NOT NULL) AS last_failure_at
    FROM ${sql.raw(ENDPOINTS_TABLE)} AS endpoint JOIN ${deliveries} AS delivery ON delivery.endpoint_id = endpoint.id
    WHERE delivery.status IN ('pending', 'failed')
    GROUP BY endpoint.id, endpoint.name, endpoint.active
    HAVING count(*) FILTER (WHERE delivery.status = 'pending' AND delivery.attempts > 0) > 0
        OR count(*) FILTER (WHERE delivery.status = 'failed' AND delivery.created_at > now() - make_interval(days => ${days})) > 0
    ORDER BY failed DESC, retrying DESC, endpoint.id`)
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    active: Boolean(row.active),
    retrying: Number(row.retrying),
    failed: Number(row.failed),
    lastError: row.last_error,
    lastFailureAt: row.last_failure_at ? new Date(row.last_failure_at) : null,
  }))
}
