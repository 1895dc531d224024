import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { requestDb } from '../db/requestDb'
import type { AuditedCollection } from './events'

/**
 * The audit triggers (migration 20261212_100000_audit_events) take the actor from the transaction-local setting
 * `nspm.audit_actor`. Set with is_local = true, it lives exactly as long as the request's transaction: a pooled
 * connection never carries one editor's name into another request. Without a signed-in user nothing is set and
 * the trigger records what it can see (the public API's connection, or the database role).
 */
const SETTING = 'nspm.audit_actor'

type StaffActor = { kind: 'staff'; id: number | string; email: string }

function actorOf(req: PayloadRequest): StaffActor | undefined {
  const user = req.user
  if (!user || user.collection !== 'users') return undefined
  return { kind: 'staff', id: user.id, email: user.email }
}

async function stamp(req: PayloadRequest): Promise<void> {
  const actor = actorOf(req)
  if (!actor) return
  const db = await requestDb(req)
  await db.execute(sql`SELECT set_config(${SETTING}, ${JSON.stringify(actor)}, true)`)
}

/** beforeChange: names the signed-in editor as the actor of the write that follows in this transaction. */
export const stampAuditActorOnChange: CollectionBeforeChangeHook = async ({ data, req }) => {
  await stamp(req)
  return data
}

/** beforeDelete: the same for a delete (a staff erasure). */
export const stampAuditActorOnDelete: CollectionBeforeDeleteHook = async ({ req }) => {
  await stamp(req)
}

/**
 * An access to personal data that changes nothing: a CSV export. Written by the migration's `audit_record`, the
 * function the triggers use, so that the trail has one writer. `detail` must hold no personal data.
 */
export async function recordAccess(req: PayloadRequest, target: AuditedCollection, fields: readonly string[], detail: string): Promise<void> {
  const actor = actorOf(req)
  const db = await requestDb(req)
  await db.execute(sql`SELECT audit_record(${target}, NULL, 'export', ${fields.join(', ')}, ${detail}, ${actor ? JSON.stringify(actor) : null}::jsonb)`)
}
