import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { inLanguage, t } from '../../../fields/i18n'
import { normalisePhone } from '../../../../contracts/validation/phone-number'
import { normalisePostcode } from '../../../../contracts/validation/postcode-number'
import type { MaterialOrder } from '../../../payload-types'

/**
 * What the orderer sent is fixed once received: who ordered, where it goes, what and in which language. Order
 * handlers change the status and their note only. Why fixed rather than editable until shipped: the "shipped"
 * and "cancelled" emails must reach the address that placed the order and say what it asked for; a correction
 * is a cancelled order and a new one from the orderer, which the audit trail shows as such.
 *
 * A refusal the editor sees (400 naming the fields), not field access, which would drop the values silently.
 * Both sides are compared in their stored form: the sent values have been through the fields' own beforeValidate
 * hooks, while the stored order arrives as read (a phone number formatted for display), so the same normalisers
 * apply to both. A field the client did not send keeps its stored value and counts as unchanged.
 */
const FIXED = t(
  'Beställarens uppgifter, leveransadressen, artiklarna och språket kan inte ändras när beställningen har tagits emot. Makulera den i stället; beställaren kan beställa på nytt.',
  "The orderer's details, the delivery address, the items and the language cannot change once the order has been received. Cancel it instead; the orderer can order again.",
)

type Order = Partial<MaterialOrder>
// The fixed fields hold text, numbers and ids; anything else has no stored text to compare.
const text = (value: unknown, normalise: (value: string) => string = (same) => same): string | null =>
  (typeof value === 'string' && value !== '') || typeof value === 'number' ? normalise(String(value)) : null
const idOf = (publication: unknown): string | null => text(typeof publication === 'object' && publication !== null && 'id' in publication ? publication.id : publication)

/** Each fixed field's value as stored text, or undefined where the order does not say (not sent). */
function fixedFields(order: Order): Record<string, string | null | undefined> {
  const orderer = order.orderer
  const address = order.deliveryAddress
  const has = <T extends object>(group: T | null | undefined, key: keyof T, normalise?: (value: string) => string) =>
    group === undefined || group === null || group[key] === undefined ? undefined : text(group[key], normalise)
  return {
    locale: order.locale === undefined ? undefined : text(order.locale),
    items: order.items === undefined ? undefined : JSON.stringify(order.items.map((item) => [idOf(item.publication), Number(item.quantity)])),
    'orderer.name': has(orderer, 'name'),
    'orderer.organisation': has(orderer, 'organisation'),
    'orderer.email': has(orderer, 'email'),
    'orderer.phone': has(orderer, 'phone', normalisePhone),
    'deliveryAddress.street': has(address, 'street'),
    'deliveryAddress.postcode': has(address, 'postcode', normalisePostcode),
    'deliveryAddress.city': has(address, 'city'),
  }
}

export const keepOrderDetailsFixed: CollectionBeforeValidateHook<MaterialOrder> = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !data) return data
  const stored = fixedFields(originalDoc)
  const changed = Object.entries(fixedFields(data))
    .filter(([path, value]) => value !== undefined && value !== stored[path])
    .map(([path]) => path)
  if (changed.length === 0) return data
  const message = inLanguage(FIXED, req.i18n?.language)
  // Field names only: the refused values are personal data and go nowhere, not even back to the client.
  throw new ValidationError({ collection: 'material-orders', id: originalDoc.id, errors: changed.map((path) => ({ path, message })), req }, req.t)
}
