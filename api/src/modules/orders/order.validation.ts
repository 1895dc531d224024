import type { EntityManager } from '@mikro-orm/postgresql'
import { normalisePhone } from '../../../../contracts/validation/phone-number'
import { normalisePostcode } from '../../../../contracts/validation/postcode-number'
import { MIN_QUANTITY, ORDER_LINES } from '../../../../contracts/select-values/orders'
import { containsLink, isPostTown } from '../../common/link-free-text'
import { PUBLISHED } from '../../common/payload-columns'
import { FieldErrors, hasLength, isEmail, isPhone, isSwedishPostcode, normaliseEmail } from '../../common/validation'
import { Publication } from '../publications/publication.entity'
import type { OrderMaterialInput } from './order.types'

const KEY = /^[A-Za-z0-9_-]{8,100}$/

export type ValidOrder = {
  key: string
  lines: { publicationId: number; quantity: number }[]
  orderer: { name: string; organisation: string; email: string; phone: string }
  address: { street: string; postcode: string; city: string }
}

/**
 * A free-text field: its length, and no link in it (it is stored, shown to staff and may reach emails). Returns
 * whether it passed, so that a field gets one problem at a time.
 */
function checkText(errors: FieldErrors, value: string, field: string, max: number): boolean {
  const problem = !hasLength(value, 1, max) ? `must be 1–${max} characters` : containsLink(value) ? 'must not contain a web or email address' : null
  if (problem) errors.add(field, problem)
  return problem === null
}

/** Every field checked, every problem named at once; the publications are read in one statement. */
export async function validateOrder(em: EntityManager, input: OrderMaterialInput): Promise<ValidOrder> {
  const errors = new FieldErrors()
  errors.check(KEY.test(input.idempotencyKey), 'idempotencyKey', 'must be 8–100 letters, digits, - or _')
  errors.check(input.items.length >= ORDER_LINES.min && input.items.length <= ORDER_LINES.max, 'items', `must have ${ORDER_LINES.min}–${ORDER_LINES.max} lines`)
  const { orderer, deliveryAddress: address } = input
  checkText(errors, orderer.name, 'orderer.name', 100)
  checkText(errors, orderer.organisation, 'orderer.organisation', 150)
  errors.check(isEmail(normaliseEmail(orderer.email)), 'orderer.email', 'must be an email address')
  errors.check(isPhone(orderer.phone), 'orderer.phone', 'must be a Swedish phone number with its area code, or a foreign one starting with +')
  checkText(errors, address.street, 'deliveryAddress.street', 150)
  errors.check(isSwedishPostcode(address.postcode), 'deliveryAddress.postcode', 'must be a Swedish postcode of five digits, the first 1–9')
  if (checkText(errors, address.city, 'deliveryAddress.city', 80))
    errors.check(isPostTown(address.city), 'deliveryAddress.city', 'must be a post town: letters, spaces and hyphens')

  const ids = input.items.map((item) => (/^\d{1,9}$/.test(item.publicationId) ? Number(item.publicationId) : -1))
  const found = await em.find(Publication, { id: { $in: ids.filter((id) => id > 0) }, status: PUBLISHED })
  const byId = new Map(found.map((publication) => [publication.id, publication]))
  const seen = new Set<number>()
  input.items.slice(0, ORDER_LINES.max).forEach((item, index) => {
    const field = `items[${index}]`
    const publication = byId.get(ids[index] ?? -1)
    if (!publication) return errors.add(`${field}.publicationId`, 'is not a published publication')
    if (seen.has(publication.id)) errors.add(`${field}.publicationId`, 'is already ordered on another line')
    seen.add(publication.id)
    if (!publication.orderable) errors.add(`${field}.publicationId`, 'cannot be ordered')
    else if (!publication.inStock) errors.add(`${field}.publicationId`, 'is out of stock')
    const max = Number(publication.maxQuantityPerOrder ?? 0)
    if (!Number.isInteger(item.quantity) || item.quantity < MIN_QUANTITY || item.quantity > max) errors.add(`${field}.quantity`, `must be ${MIN_QUANTITY}–${max}`)
  })
  errors.throwIfAny('The order has invalid fields.')

  return {
    key: input.idempotencyKey,
    lines: input.items.map((item, index) => ({ publicationId: ids[index]!, quantity: item.quantity })),
    orderer: { name: orderer.name.trim(), organisation: orderer.organisation.trim(), email: normaliseEmail(orderer.email), phone: normalisePhone(orderer.phone) },
    // Stored as the CMS stores them: E.164 and "123 45".
    address: { street: address.street.trim(), postcode: normalisePostcode(address.postcode), city: address.city.trim() },
  }
}
