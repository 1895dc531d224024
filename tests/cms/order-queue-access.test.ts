import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { receivedOrders } from '../../cms/components/orderQueue'
import { loadPayload } from '../../runtime/payload'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

/** The dashboard queue's query (cms/components/orderQueue.ts) runs with the signed-in user's rights, not the system's. */
const run = randomBytes(4).toString('hex')

describe('the order queue query', () => {
  let payload: Payload
  let orderId: number
  const users: Record<'handler' | 'editor' | 'admin', Parameters<typeof receivedOrders>[1]> = { handler: null, editor: null, admin: null }

  /** A user as Payload's auth hands it to the admin's components. */
  const userById = async (id: number) => ({ ...(await payload.findByID({ collection: 'users', id, depth: 0 })), collection: 'users' as const })

  beforeAll(async () => {
    payload = await loadPayload(inject('databaseUrl'), inject('payloadSecret'))
    const admin = await CmsClient.asAdmin()
    users.handler = await userById((await createStaffUser(admin, ['order-handler'])).id)
    users.editor = await userById((await createStaffUser(admin, ['editor'])).id)
    users.admin = await userById((await createStaffUser(admin, ['admin'])).id)
    const [order] = await sql<{ id: number }>(
      `INSERT INTO material_orders (order_number, status, locale, orderer_name, orderer_email, updated_at, created_at)
       VALUES ($1, 'received', 'sv', 'Köa Testsson', $2, now(), '2000-01-01T09:00:00Z') RETURNING id`,
      [`QA-${run}`, `queue-access-${run}@example.org`],
    )
    orderId = order!.id
  })
  afterAll(async () => {
    await sql('DELETE FROM material_orders WHERE id = $1', [orderId])
    await payload?.destroy()
  })

  it('gives order handlers and administrators the received orders, oldest first, without personal data', async () => {
    for (const user of [users.handler, users.admin]) {
      const queue = await receivedOrders(payload, user, 100)
      expect(queue.total).toBeGreaterThanOrEqual(1)
      expect(queue.oldest.find((order) => order.id === orderId)).toEqual({ id: orderId, orderNumber: `QA-${run}`, createdAt: '2000-01-01T09:00:00.000Z', items: 0 })
      const times = queue.oldest.map((order) => order.createdAt)
      expect(times).toEqual([...times].sort())
      expect(JSON.stringify(queue)).not.toContain('queue-access')
    }
  })

  it('refuses editors and anonymous callers (Payload’s Forbidden)', async () => {
    await expect(receivedOrders(payload, users.editor)).rejects.toMatchObject({ status: 403 })
    await expect(receivedOrders(payload, null)).rejects.toMatchObject({ status: 403 })
  })
})
