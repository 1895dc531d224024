import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { notifyKeysChanged, removeKeyData } from '../../db/api-keys'
import { requestDb } from '../../db/requestDb'
import type { ApiKey } from '../../payload-types'

/**
 * A changed key (its quota, say) reaches every API replica when the save commits: the NOTIFY goes in the save's
 * transaction, as the content hooks do (cms/hooks/notify-content-changed.ts). Issuing and revoking notify themselves.
 */
export const notifyKeyChanged: CollectionAfterChangeHook<ApiKey> = async ({ doc, req }) => {
  await notifyKeysChanged(await requestDb(req), Number(doc.id))
  return doc
}

/** A deleted key is refused from the commit on, like a revoked one; its hash and usage counts go with it. */
export const notifyKeyDeleted: CollectionAfterDeleteHook = async ({ id, req }) => {
  const db = await requestDb(req)
  await removeKeyData(db, Number(id))
  await notifyKeysChanged(db, Number(id))
}
