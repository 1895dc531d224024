import { t, type Bilingual } from '../bilingual'

/** Lines per order: the API refuses more, the CMS's items array holds no more. */
export const ORDER_LINES = { min: 1, max: 20 } as const

/** Copies per line start at one; the upper bound is each publication's own `maxQuantityPerOrder`. */
export const MIN_QUANTITY = 1

export const ORDER_STATUSES = ['received', 'processing', 'shipped', 'cancelled'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const STATUS_LABELS: Record<OrderStatus, Bilingual> = {
  received: t('Mottagen', 'Received'),
  processing: t('Behandlas', 'Processing'),
  shipped: t('Skickad', 'Shipped'),
  cancelled: t('Makulerad', 'Cancelled'),
}

/** Where an order may go from each status. Shipped and cancelled are final: the orderer has been told. */
export const NEXT_STATUSES: Record<OrderStatus, readonly OrderStatus[]> = {
  received: ['processing', 'shipped', 'cancelled'],
  processing: ['shipped', 'cancelled'],
  shipped: [],
  cancelled: [],
}

export const canMove = (from: OrderStatus, to: OrderStatus): boolean => from === to || NEXT_STATUSES[from].includes(to)

/** The email the API sends to the orderer when an order reaches a status (kinds of api/src/modules/orders/order.mail.ts). */
export const STATUS_MAIL: Partial<Record<OrderStatus, 'order-shipped' | 'order-cancelled'>> = {
  shipped: 'order-shipped',
  cancelled: 'order-cancelled',
}
