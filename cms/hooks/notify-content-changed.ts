import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest, TypeWithID } from 'payload'
import { requestDb } from '../db/requestDb'
import { CONTENT_CHANGED_CHANNEL } from '../../contracts/channels'

/**
 * NOTIFY in the request's transaction: PostgreSQL delivers it at commit, so replicas clear their caches exactly
 * when the published change becomes visible to their next query, and never for a write that rolled back.
 */
async function notify(req: PayloadRequest, source: string): Promise<void> {
  const db = await requestDb(req)
  await db.execute(sql`SELECT pg_notify(${CONTENT_CHANGED_CHANNEL}, ${source})`)
}

type Versioned = { _status?: 'draft' | 'published' | null } | undefined
type VersionedDoc = TypeWithID & NonNullable<Versioned>

/** Saving a draft over a draft changes nothing the public sees; everything else (publish, unpublish, edit) may. */
const touchesPublished = (doc: Versioned, previous: Versioned) => !(doc?._status === 'draft' && (previous?._status ?? 'draft') === 'draft')

export const notifyCollectionChanged: CollectionAfterChangeHook<VersionedDoc> = async ({ collection, doc, previousDoc, req }) => {
  if (touchesPublished(doc, previousDoc)) await notify(req, collection.slug)
  return doc
}

export const notifyCollectionDeleted: CollectionAfterDeleteHook<TypeWithID> = async ({ collection, doc, req }) => {
  await notify(req, collection.slug)
  return doc
}

export const notifyGlobalChanged: GlobalAfterChangeHook = async ({ global, doc, previousDoc, req }) => {
  if (touchesPublished(doc as Versioned, previousDoc as Versioned)) await notify(req, global.slug)
  // Nothing returned: Payload then keeps the document it passed in (`await hook(…) || result`).
}
