import type { ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { adminLanguage, t } from '../fields/i18n'
import { orderUrl, queueListUrl, receivedOrders } from './orderQueue'

const L = {
  title: t('Nya beställningar', 'New orders'),
  waiting: t('Mottagna, ej påbörjade', 'Received, not yet started'),
  none: t('Inga nya beställningar.', 'No new orders.'),
  oldest: t('Äldst först', 'Oldest first'),
  order: t('Ordernummer', 'Order number'),
  received: t('Mottagen', 'Received'),
  items: t('Artiklar', 'Items'),
  all: t('Visa alla mottagna beställningar', 'Show all received orders'),
  hint: t(
    'Öppna en beställning och ändra status till Behandlas, Skickad eller Makulerad. Skickad och Makulerad mejlas till beställaren.',
    'Open an order and set its status to Processing, Shipped or Cancelled. Shipped and Cancelled are emailed to the orderer.',
  ),
}

/**
 * Dashboard panel (admin.components.afterDashboard): the order handlers' queue of received orders with links to
 * each and to the filtered list. Order handlers and administrators only; read through the Local API as them.
 */
export async function OrderQueue({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'order-handler')) return null
  const { say, dateTime: when } = adminLanguage(i18n.language)
  const adminRoute = payload.config.routes.admin
  const queue = await receivedOrders(payload, user ?? null)
  return (
    <section className="nspm-queue" aria-labelledby="nspm-queue-title">
      <h2 id="nspm-queue-title">{say(L.title)}</h2>
      <dl className="nspm-queue__counts">
        <div className={queue.total > 0 ? 'nspm-queue__waiting' : undefined}>
          <dt>{say(L.waiting)}</dt>
          <dd data-testid="order-queue-count">{queue.total}</dd>
        </div>
      </dl>
      {queue.oldest.length === 0 ? (
        <p>{say(L.none)}</p>
      ) : (
        <>
          <h3>{say(L.oldest)}</h3>
          <table className="nspm-queue__table">
            <thead>
              <tr>
                <th>{say(L.order)}</th>
                <th>{say(L.received)}</th>
                <th>{say(L.items)}</th>
              </tr>
            </thead>
            <tbody>
              {queue.oldest.map((order) => (
                <tr key={order.id}>
                  <td>
                    <a href={orderUrl(adminRoute, order.id)}>{order.orderNumber}</a>
                  </td>
                  <td>{when.format(new Date(order.createdAt))}</td>
                  <td>{order.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <a className="nspm-queue__all" href={queueListUrl(adminRoute)}>
          {say(L.all)}
        </a>
      </p>
      <p className="nspm-queue__hint">{say(L.hint)}</p>
    </section>
  )
}
