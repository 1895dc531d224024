import { createHash, randomBytes } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/postgresql'
import { IdempotencyKeyReusedError } from '../../common/errors'
import { Locale } from '../../common/locale'
import type { RequestLimits } from '../../limits/request-limits'
import { hitValues, limitHitSql, limitUsageSql, outcomeOf, usageOutcome, type HitRow } from '../../limits/sliding-log'
import type { LimitPolicy } from '../../limits/policy'
import { enqueueMail } from '../../mail/outbox'
import { OrderStatus, type MaterialOrderReceipt, type OrderMaterialInput } from './order.types'
import { validateOrder, type ValidOrder } from './order.validation'

/** What makes two requests "the same order": everything but the key, normalised. */
function requestHash(order: ValidOrder, locale: Locale): string {
  const canonical = { locale, lines: [...order.lines].sort((a, b) => a.publicationId - b.publicationId), orderer: order.orderer, address: order.address }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex')
}

/**
 * Claims the key and, only when this request claimed it, counts the order against the caller's limit: one
 * statement. No row back means the key was known (a retry), which counts against nothing.
 */
const CLAIM_SQL = `
  WITH claimed AS (
    INSERT INTO nspm_api.idempotency_keys (key, request_hash) VALUES (?, ?) ON CONFLICT (key) DO NOTHING RETURNING key
  )
  ${limitHitSql('SELECT ?::text, ?::int, ?::int FROM claimed')}`

/**
 * Places an order once per idempotency key. The key's row is claimed with INSERT … ON CONFLICT DO NOTHING: a
 * concurrent retry with the same key waits on the unique index until the first transaction commits, then reads
 * its result, without counting against the limit. Over the limit, the transaction rolls back and leaves the key
 * unclaimed, so the same request succeeds once the limit has room. The same key with a different order is
 * IDEMPOTENCY_KEY_REUSED.
 */
export async function orderMaterial(em: EntityManager, input: OrderMaterialInput, limits: RequestLimits): Promise<MaterialOrderReceipt> {
  const order = await validateOrder(em, input)
  const locale = input.locale ?? Locale.SV
  const hash = requestHash(order, locale)
  const policy = limits.caller.policies.orders
  return em.transactional(async (tx) => {
    const [hit] = await tx.execute<HitRow[]>(CLAIM_SQL, [order.key, hash, ...hitValues(limits.bucket(policy), policy)])
    if (!hit) return earlierResult(tx, order.key, hash, limits, policy)
    limits.enforce(outcomeOf(policy, hit))
    const [{ id }] = (await tx.execute<{ id: string }[]>("SELECT nextval(pg_get_serial_sequence('material_orders', 'id')) AS id")) as [{ id: string }]
    const orderNumber = `NSPM-${new Date().getFullYear()}-${String(id).padStart(6, '0')}`
    await tx.execute(
      `INSERT INTO material_orders (id, order_number, status, locale, orderer_name, orderer_organisation, orderer_email, orderer_phone,
         delivery_address_street, delivery_address_postcode, delivery_address_city, updated_at, created_at)
       VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, now(), now())`,
      [
        id,
        orderNumber,
        locale,
        order.orderer.name,
        order.orderer.organisation,
        order.orderer.email,
        order.orderer.phone,
        order.address.street,
        order.address.postcode,
        order.address.city,
      ],
      'run',
    )
    for (const [index, line] of order.lines.entries()) {
      // Payload's array rows have 24-hex ids (ObjectId style); any unique string works.
      await tx.execute(
        'INSERT INTO material_orders_items (_order, _parent_id, id, publication_id, quantity) VALUES (?, ?, ?, ?, ?)',
        [index + 1, id, randomBytes(12).toString('hex'), line.publicationId, line.quantity],
        'run',
      )
    }
    await tx.execute('UPDATE nspm_api.idempotency_keys SET order_id = ?, order_number = ? WHERE key = ?', [id, orderNumber, order.key], 'run')
    await enqueueMail(tx, { kind: 'order-received', recipient: order.orderer.email, locale, payload: { orderId: Number(id) } })
    return { orderNumber, status: OrderStatus.RECEIVED, items: order.lines.map((line) => ({ publicationId: String(line.publicationId), quantity: line.quantity })) }
  })
}

type EarlierRow = { request_hash: string; order_id: number | null; order_number: string | null; used: number | null; reset_seconds: number | null }

/** A retry's answer: the first result, and the limit's state as it is (read, not counted) for the headers. */
async function earlierResult(tx: EntityManager, key: string, hash: string, limits: RequestLimits, policy: LimitPolicy): Promise<MaterialOrderReceipt> {
  const [earlier] = await tx.execute<EarlierRow[]>(
    `SELECT k.request_hash, k.order_id, k.order_number, usage.used, usage.reset_seconds
     FROM nspm_api.idempotency_keys k LEFT JOIN LATERAL (${limitUsageSql('?::text')}) AS usage ON true
     WHERE k.key = ?`,
    [limits.bucket(policy), key],
  )
  if (!earlier) throw new Error('An idempotency key that conflicted is gone')
  if (earlier.request_hash !== hash) throw new IdempotencyKeyReusedError('order')
  // A key is claimed and given its order in one transaction, so a committed key always has its order.
  if (!earlier.order_number) throw new Error('An idempotency key without its order')
  limits.enforce(usageOutcome(policy, earlier.used, earlier.reset_seconds))
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
