import { createHash, randomBytes } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/postgresql'
import { BadInputError } from '../../common/errors'
import { Locale } from '../../common/locale'
import { enforceRateLimit } from '../../common/rate-limit'
import { enqueueMail } from '../../mail/outbox'
import { OrderStatus, type MaterialOrderReceipt, type OrderMaterialInput } from './order.types'
import { validateOrder, type ValidOrder } from './order.validation'

export const ORDER_LIMIT = { windowSeconds: 3600, perClient: 10 }

/** What makes two requests "the same order": everything but the key, normalised. */
function requestHash(order: ValidOrder, locale: Locale): string {
  const canonical = { locale, lines: [...order.lines].sort((a, b) => a.publicationId - b.publicationId), orderer: order.orderer, address: order.address }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

/**
 * Places an order once per idempotency key. The key's row is claimed with INSERT … ON CONFLICT DO NOTHING: a
 * concurrent retry with the same key waits on the unique index until the first transaction commits, then
 * reads its result. The same key with a different order is refused.
 */
export async function orderMaterial(em: EntityManager, input: OrderMaterialInput, clientIp: string): Promise<MaterialOrderReceipt> {
  const order = await validateOrder(em, input)
  const locale = input.locale ?? Locale.SV
  const hash = requestHash(order, locale)
  await enforceRateLimit(em, `order:${clientIp}`, ORDER_LIMIT.windowSeconds, ORDER_LIMIT.perClient)
  return em.transactional(async (tx) => {
    const claimed = await tx.execute<{ key: string }[]>(
      'INSERT INTO nspm_api.idempotency_keys (key, request_hash) VALUES (?, ?) ON CONFLICT (key) DO NOTHING RETURNING key',
      [order.key, hash],
    )
    if (claimed.length === 0) return earlierResult(tx, order.key, hash)
    const [{ id }] = (await tx.execute<{ id: string }[]>("SELECT nextval(pg_get_serial_sequence('material_orders', 'id')) AS id")) as [{ id: string }]
    const orderNumber = `NSPM-${new Date().getFullYear()}-${String(id).padStart(6, '0')}`
    await tx.execute(
      `INSERT INTO material_orders (id, order_number, status, locale, orderer_name, orderer_organisation, orderer_email, orderer_phone,
         delivery_address_street, delivery_address_postcode, delivery_address_city, updated_at, created_at)
       VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, now(), now())`,
      [id, orderNumber, locale, order.orderer.name, order.orderer.organisation, order.orderer.email, order.orderer.phone, order.address.street, order.address.postcode, order.address.city],
      'run',
    )
    for (const [index, line] of order.lines.entries()) {
      // Payload's array rows have 24-hex ids (ObjectId style); any unique string works.
      await tx.execute('INSERT INTO material_orders_items (_order, _parent_id, id, publication_id, quantity) VALUES (?, ?, ?, ?, ?)', [index + 1, id, randomBytes(12).toString('hex'), line.publicationId, line.quantity], 'run')
    }
    await tx.execute('UPDATE nspm_api.idempotency_keys SET order_id = ?, order_number = ? WHERE key = ?', [id, orderNumber, order.key], 'run')
    await enqueueMail(tx, { kind: 'order-received', recipient: order.orderer.email, locale, payload: { orderId: Number(id) } })
    return { orderNumber, status: OrderStatus.RECEIVED, items: order.lines.map((line) => ({ publicationId: String(line.publicationId), quantity: line.quantity })) }
  })
}

async function earlierResult(tx: EntityManager, key: string, hash: string): Promise<MaterialOrderReceipt> {
  const [earlier] = await tx.execute<{ request_hash: string; order_id: number | null; order_number: string | null }[]>(
    'SELECT request_hash, order_id, order_number FROM nspm_api.idempotency_keys WHERE key = ?',
    [key],
  )
  if (!earlier || earlier.request_hash !== hash || !earlier.order_number) {
    throw new BadInputError('This idempotency key was used for a different order.', { fields: [{ field: 'idempotencyKey', problem: 'was used for a different order' }] })
  }
  const lines = await tx.execute<{ publication_id: number; quantity: string }[]>(
    'SELECT publication_id, quantity FROM material_orders_items WHERE _parent_id = ? ORDER BY _order',
    [earlier.order_id],
  )
  const [current] = await tx.execute<{ status: OrderStatus }[]>('SELECT status FROM material_orders WHERE id = ?', [earlier.order_id])
  return {
    orderNumber: earlier.order_number,
    status: current?.status ?? OrderStatus.RECEIVED,
    items: lines.map((line) => ({ publicationId: String(line.publication_id), quantity: Number(line.quantity) })),
  }
}

/**
 * Removes orderers' personal data `days` after shipping or cancellation (the retention job); the lines, dates
 * and town stay for statistics. Returns how many orders were anonymised.
 */
export async function purgeOrderPersonalData(em: EntityManager, days: number): Promise<number> {
  const rows = await em.execute<{ id: number }[]>(
    `UPDATE material_orders SET orderer_name = NULL, orderer_organisation = NULL, orderer_email = NULL, orderer_phone = NULL,
       delivery_address_street = NULL, delivery_address_postcode = NULL, handler_note = NULL, personal_data_erased_at = now(), updated_at = now()
     WHERE status IN ('shipped', 'cancelled') AND personal_data_erased_at IS NULL
       AND coalesce(shipped_at, cancelled_at, updated_at) <= now() - make_interval(days => ?)
     RETURNING id`,
    [days],
  )
  return rows.length
}
