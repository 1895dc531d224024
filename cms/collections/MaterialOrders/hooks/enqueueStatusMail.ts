import type { CollectionAfterChangeHook } from 'payload'
import { enqueueMail } from '../../../db/outbox'
import { requestDb } from '../../../db/requestDb'
import type { MaterialOrder } from '../../../payload-types'
import { STATUS_MAIL } from '../../../../contracts/select-values/orders'

/**
 * Tells the orderer that the order was shipped or cancelled, through the API's outbox (the CMS never sends mail).
 * afterChange still runs inside the update's transaction: the outbox row commits with the new status or not at
 * all. Once the orderer's details are erased there is nobody to write to. The recipient is the stored address from
 * before this save, the one that placed the order (keepOrderDetailsFixed refuses a change anyway), and the row
 * carries only the order's id: the API renders the mail from the order, never from anything a handler typed.
 */
export const enqueueStatusMail: CollectionAfterChangeHook<MaterialOrder> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const kind = STATUS_MAIL[doc.status]
  const recipient = previousDoc?.orderer?.email
  if (!kind || !recipient || doc.personalDataErasedAt) return doc
  await enqueueMail(await requestDb(req), { kind, recipient, locale: doc.locale === 'en' ? 'en' : 'sv', payload: { orderId: doc.id } })
  return doc
}
