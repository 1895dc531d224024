import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminPage, CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

/** The order handlers' queue on the dashboard (cms/components/OrderQueue.tsx). */
const run = randomBytes(4).toString('hex')
const dashboard = (client: CmsClient, cookie?: string) => adminPage(client, '/admin', { cookie })

describe('new orders on the dashboard', () => {
  let handler: CmsClient
  let editor: CmsClient
  let administrator: CmsClient
  const orderNumber = `Q-${run}`
  let orderId: number

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    handler = (await createStaffUser(admin, ['order-handler'])).client
    editor = (await createStaffUser(admin, ['editor'])).client
    // An administrator of its own: the shared one's session may be replaced by other test files' logins meanwhile.
    administrator = (await createStaffUser(admin, ['admin'])).client
    // Older than anything other tests place meanwhile, so that it is among the oldest the panel lists.
    const [order] = await sql<{ id: number }>(
      `INSERT INTO material_orders (order_number, status, locale, orderer_name, orderer_email, updated_at, created_at)
       VALUES ($1, 'received', 'sv', 'Köa Testsson', $2, now(), '2000-01-01T08:00:00Z') RETURNING id`,
      [orderNumber, `queue-${run}@example.org`],
    )
    orderId = order!.id
  })
  afterAll(() => sql('DELETE FROM material_orders WHERE id = $1', [orderId]))

  it('shows order handlers the received orders, oldest first, linked to each and to the filtered list', async () => {
    const html = await dashboard(handler)
    expect(html).toContain('Nya beställningar')
    expect(html).toContain(`href="/admin/collections/material-orders/${orderId}">${orderNumber}</a>`)
    expect(html).toContain('href="/admin/collections/material-orders?where[status][equals]=received&amp;sort=createdAt"')
    // Never the orderer's personal data.
    expect(html).not.toContain(`queue-${run}@example.org`)
    expect(html).not.toContain('Köa Testsson')
  })

  it('counts the received orders', async () => {
    const shown = /data-testid="order-queue-count">(\d+)</.exec(await dashboard(handler))?.[1]
    // Other test files place and handle orders meanwhile: the exact number is theirs too.
    expect(Number(shown)).toBeGreaterThanOrEqual(1)
  })

  it('speaks English to an editor who chose English, and shows administrators the queue too', async () => {
    const html = await dashboard(administrator, 'payload-lng=en')
    expect(html).toContain('New orders')
    expect(html).toContain('Show all received orders')
  })

  it('shows editors without the order-handler role nothing of it', async () => {
    const html = await dashboard(editor)
    expect(html).not.toContain('Nya beställningar')
    expect(html).not.toContain(orderNumber)
  })
})
