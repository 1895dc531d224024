import type { Payload, PayloadRequest } from 'payload'

/** How many of the oldest waiting orders the dashboard lists. */
const QUEUE_PREVIEW = 5

type QueuedOrder = { id: number; orderNumber: string; createdAt: string; items: number }
export type OrderQueue = { total: number; oldest: QueuedOrder[] }

/**
 * The order handlers' queue: orders still "received", oldest first. Read as the signed-in user (an editor gets
 * Payload's Forbidden, never orders), and only the fields the panel shows: no orderer's personal data.
 */
export async function receivedOrders(payload: Payload, user: PayloadRequest['user'], limit = QUEUE_PREVIEW): Promise<OrderQueue> {
  const result = await payload.find({
    collection: 'material-orders',
    where: { status: { equals: 'received' } },
    sort: 'createdAt',
    limit,
    depth: 0,
    select: { orderNumber: true, createdAt: true, items: true },
    overrideAccess: false,
    user,
  })
  return {
    total: result.totalDocs,
    oldest: result.docs.map((order) => ({ id: order.id, orderNumber: order.orderNumber, createdAt: order.createdAt, items: order.items?.length ?? 0 })),
  }
}

/** The list view filtered to the queue, oldest first (Payload's list reads `where` and `sort` from the URL). */
export const queueListUrl = (adminRoute: string): string => `${adminRoute}/collections/material-orders?where[status][equals]=received&sort=createdAt`

export const orderUrl = (adminRoute: string, id: number): string => `${adminRoute}/collections/material-orders/${id}`
