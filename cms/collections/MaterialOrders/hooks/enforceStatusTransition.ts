import { sql } from '@payloadcms/db-postgres/drizzle'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { requestDb } from '../../../db/requestDb'
import { inLanguage, t } from '../../../fields/i18n'
import type { MaterialOrder } from '../../../payload-types'
import { canMove, NEXT_STATUSES, STATUS_LABELS, type OrderStatus } from '../../../../contracts/select-values/orders'

const CHANGED_MEANWHILE = t(
  'Någon annan har just ändrat beställningens status. Ladda om sidan och försök igen.',
  "Someone else has just changed this order's status. Reload the page and try again.",
)

function refusal(from: OrderStatus, to: OrderStatus, language: string | undefined): string {
  const name = (status: OrderStatus) => inLanguage(STATUS_LABELS[status], language)
  const allowed = NEXT_STATUSES[from]
  const sv = allowed.length
    ? `Statusen kan inte ändras från ”${name(from)}” till ”${name(to)}”. Tillåtet: ${allowed.map((s) => `”${name(s)}”`).join(', ')}.`
    : `Statusen kan inte ändras från ”${name(from)}” till ”${name(to)}”: ordern är avslutad.`
  const en = allowed.length
    ? `The status cannot change from "${name(from)}" to "${name(to)}". Allowed: ${allowed.map((s) => `"${name(s)}"`).join(', ')}.`
    : `The status cannot change from "${name(from)}" to "${name(to)}": the order is closed.`
  return inLanguage(t(sv, en), language)
}

/**
 * received → processing → shipped or cancelled, nothing out of shipped or cancelled; stamps shippedAt/cancelledAt.
 * Every save re-reads the status with FOR UPDATE in the update's transaction: two handlers saving the same order
 * at once run one after the other, and the second is refused instead of sending a second email or silently
 * putting a shipped order back to "processing" from a stale form.
 */
export const enforceStatusTransition: CollectionBeforeChangeHook<MaterialOrder> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const db = await requestDb(req)
  const { rows } = await db.execute<{ status: string }>(sql`SELECT status FROM material_orders WHERE id = ${originalDoc.id} FOR UPDATE`)
  const from = originalDoc.status
  const to = data.status ?? from
  const language = req.i18n?.language
  const refuse = (message: string) => new ValidationError({ collection: 'material-orders', id: originalDoc.id, errors: [{ path: 'status', message }], req }, req.t)
  if (rows[0]?.status !== from) throw refuse(inLanguage(CHANGED_MEANWHILE, language))
  if (!canMove(from, to)) throw refuse(refusal(from, to, language))
  if (from === to) return data
  const now = new Date().toISOString()
  if (to === 'shipped') return { ...data, shippedAt: now }
  if (to === 'cancelled') return { ...data, cancelledAt: now }
  return data
}
