import type { EntityManager } from '@mikro-orm/postgresql'
import { isPostTown } from '../../common/link-free-text'
import { renderLayout } from '../../mail/layout'
import type { OutboxRow, RenderedMail } from '../../mail/outbox'

type Words = { subject: (number: string) => string; title: string; intro: string; lines: string; address: string; questions: string }

const COPY: Record<string, Record<'sv' | 'en', Words>> = {
  'order-received': {
    sv: {
      subject: (n) => `Vi har tagit emot din beställning ${n}`,
      title: 'Tack för din beställning',
      intro: 'Vi har tagit emot din beställning och skickar den så snart vi kan.',
      lines: 'Beställt',
      address: 'Levereras till postnummer',
      questions: 'Frågor? Svara på det här mejlet och ange ordernumret.',
    },
    en: {
      subject: (n) => `We have received your order ${n}`,
      title: 'Thank you for your order',
      intro: 'We have received your order and will send it as soon as we can.',
      lines: 'Ordered',
      address: 'Delivered to postcode',
      questions: 'Questions? Reply to this email quoting the order number.',
    },
  },
  'order-shipped': {
    sv: {
      subject: (n) => `Din beställning ${n} är skickad`,
      title: 'Din beställning är skickad',
      intro: 'Materialet är på väg till leveransadressen.',
      lines: 'Skickat',
      address: 'Levereras till postnummer',
      questions: 'Frågor? Svara på det här mejlet och ange ordernumret.',
    },
    en: {
      subject: (n) => `Your order ${n} has been sent`,
      title: 'Your order has been sent',
      intro: 'The material is on its way to the delivery address.',
      lines: 'Sent',
      address: 'Delivered to postcode',
      questions: 'Questions? Reply to this email quoting the order number.',
    },
  },
  'order-cancelled': {
    sv: {
      subject: (n) => `Din beställning ${n} är makulerad`,
      title: 'Din beställning är makulerad',
      intro: 'Vi kunde tyvärr inte skicka din beställning och har makulerat den.',
      lines: 'Beställt',
      address: 'Levereras till postnummer',
      questions: 'Frågor? Svara på det här mejlet och ange ordernumret.',
    },
    en: {
      subject: (n) => `Your order ${n} has been cancelled`,
      title: 'Your order has been cancelled',
      intro: 'Unfortunately we could not send your order and have cancelled it.',
      lines: 'Ordered',
      address: 'Delivered to postcode',
      questions: 'Questions? Reply to this email quoting the order number.',
    },
  },
}

export const ORDER_MAIL_KINDS = Object.keys(COPY)

type OrderRow = { order_number: string; personal_data_erased_at: Date | null; postcode: string | null; city: string | null }

/**
 * Where the order goes, as far as a mail may say it: the postcode (five digits by validation) and the post town
 * when it is one (letters only; a row edited elsewhere may hold anything). Never the street, the name or the
 * organisation: whoever orders may name any recipient, so typed text would turn NSPM's mail into their message.
 */
const destination = (order: OrderRow): string => [order.postcode, order.city && isPostTown(order.city) ? order.city.trim() : null].filter(Boolean).join(' ')

/** Renders order emails from the order as it is when sent; nothing once the orderer's data has been erased. */
export async function renderOrderMail(row: OutboxRow, em: EntityManager): Promise<RenderedMail | null> {
  const copy = COPY[row.kind]?.[row.locale]
  const [order] = await em.execute<OrderRow[]>(
    `SELECT order_number, personal_data_erased_at, delivery_address_postcode AS postcode, delivery_address_city AS city
     FROM material_orders WHERE id = ?`,
    [Number(row.payload.orderId)],
  )
  if (!copy || !order || order.personal_data_erased_at) return null
  const lines = await em.execute<{ quantity: string; title: string | null }[]>(
    `SELECT i.quantity, coalesce(nullif(req.title, ''), sv.title) AS title
     FROM material_orders_items i
     LEFT JOIN publications_locales req ON req._parent_id = i.publication_id AND req._locale = ?
     LEFT JOIN publications_locales sv ON sv._parent_id = i.publication_id AND sv._locale = 'sv'
     WHERE i._parent_id = ? ORDER BY i._order`,
    [row.locale, Number(row.payload.orderId)],
  )
  const { text, html } = renderLayout({
    locale: row.locale,
    title: copy.title,
    paragraphs: [
      copy.intro,
      `${copy.lines}: ${lines.map((line) => `${Number(line.quantity)} × ${line.title ?? '?'}`).join('; ')}`,
      `${copy.address} ${destination(order)}`,
      copy.questions,
    ],
    footer: [order.order_number],
  })
  return { subject: copy.subject(order.order_number), text, html }
}
