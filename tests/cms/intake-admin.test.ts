import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage, CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

/** The staff side of the intake: order handling with its emails, the outbox panel and the subscriber export. */
const run = randomBytes(4).toString('hex')

/** A login token and raw requests: the CSV export is not JSON, which CmsClient expects. */
async function tokenFor(email: string, password: string): Promise<string> {
  const response = await fetch(`${inject('cmsUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  // A failed login would make every request below anonymous, and a refusal then proves nothing.
  expect(response.status, `login of ${email}`).toBe(200)
  expect(token).toBeTypeOf('string')
  return token!
}
const fetchAs = (token: string | undefined, path: string) => fetch(`${inject('cmsUrl')}${path}`, { headers: token ? { authorization: `JWT ${token}` } : {} })

describe('order handling', () => {
  let handler: CmsClient
  let editor: CmsClient
  const orderIds: number[] = []

  async function insertOrder(email: string | null, locale: 'sv' | 'en' = 'sv'): Promise<number> {
    const [order] = await sql<{ id: number }>(
      `INSERT INTO material_orders (order_number, status, locale, orderer_name, orderer_email, personal_data_erased_at, updated_at, created_at)
       VALUES ($1, 'received', $2, $3, $4, $5, now(), now()) RETURNING id`,
      [`T-${run}-${orderIds.length}`, locale, email ? 'Anna Andersson' : null, email, email ? null : new Date()],
    )
    await sql(`INSERT INTO material_orders_items (_order, _parent_id, id, publication_id, quantity) SELECT 1, $1, $2, id, 5 FROM publications ORDER BY id LIMIT 1`, [
      order!.id,
      randomBytes(12).toString('hex'),
    ])
    orderIds.push(order!.id)
    return order!.id
  }
  const setStatus = (id: number, status: string, client = handler) =>
    client.request<{ errors?: { data?: { errors?: { message: string }[] } }[] }>('PATCH', `/api/material-orders/${id}`, { status })
  const outboxOf = (id: number) =>
    sql<{ kind: string; recipient: string; locale: string; payload: unknown }>(
      "SELECT kind, recipient, locale, payload FROM nspm_api.outbox WHERE payload->>'orderId' = $1 ORDER BY id",
      [String(id)],
    )
  const orderRow = async (id: number) =>
    (await sql<{ status: string; shipped_at: Date | null; cancelled_at: Date | null }>('SELECT status, shipped_at, cancelled_at FROM material_orders WHERE id = $1', [id]))[0]!

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    handler = (await createStaffUser(admin, ['order-handler'])).client
    editor = (await createStaffUser(admin, ['editor'])).client
  })

  afterAll(async () => {
    await sql("DELETE FROM nspm_api.outbox WHERE payload->>'orderId' = ANY($1)", [orderIds.map(String)])
    await sql('DELETE FROM material_orders WHERE id = ANY($1)', [orderIds])
  })

  it('moves an order received → processing → shipped and queues exactly one "shipped" email in its language', async () => {
    const id = await insertOrder(`shipped-${run}@example.org`, 'en')
    expect((await setStatus(id, 'processing')).status).toBe(200)
    expect(await outboxOf(id)).toEqual([])
    expect((await setStatus(id, 'shipped')).status).toBe(200)
    expect((await orderRow(id)).shipped_at).toBeInstanceOf(Date)
    expect(await outboxOf(id)).toEqual([{ kind: 'order-shipped', recipient: `shipped-${run}@example.org`, locale: 'en', payload: { orderId: id } }])
    // Saving the shipped order again (a note) sends nothing more.
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { handlerNote: 'Skickat med PostNord' })).status).toBe(200)
    expect(await outboxOf(id)).toHaveLength(1)
  })

  it('refuses to take a shipped order back to processing, in Swedish by default, and queues nothing', async () => {
    const id = await insertOrder(`final-${run}@example.org`)
    expect((await setStatus(id, 'shipped')).status).toBe(200)
    const refused = await setStatus(id, 'processing')
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0]?.data?.errors?.[0]?.message).toMatch(/kan inte ändras från ”Skickad” till ”Behandlas”/)
    expect((await orderRow(id)).status).toBe('shipped')
    expect((await outboxOf(id)).map((row) => row.kind)).toEqual(['order-shipped'])
    expect((await setStatus(id, 'cancelled')).status).toBe(400)
  })

  it('cancels a received order with one "cancelled" email', async () => {
    const id = await insertOrder(`cancelled-${run}@example.org`)
    expect((await setStatus(id, 'cancelled')).status).toBe(200)
    expect((await orderRow(id)).cancelled_at).toBeInstanceOf(Date)
    expect(await outboxOf(id)).toEqual([{ kind: 'order-cancelled', recipient: `cancelled-${run}@example.org`, locale: 'sv', payload: { orderId: id } }])
  })

  it('queues no email once the orderer has been erased', async () => {
    const id = await insertOrder(null)
    expect((await setStatus(id, 'shipped')).status).toBe(200)
    expect((await orderRow(id)).shipped_at).toBeInstanceOf(Date)
    expect(await outboxOf(id)).toEqual([])
  })

  it('ignores a date a client sends for shippedAt', async () => {
    const id = await insertOrder(`dates-${run}@example.org`)
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { shippedAt: '2000-01-01T00:00:00.000Z' })).status).toBe(200)
    expect(await orderRow(id)).toMatchObject({ status: 'received', shipped_at: null })
  })

  it('rolls the status change back when the email cannot be queued (one transaction)', async () => {
    const email = `rollback-${run}@example.org`
    const id = await insertOrder(email)
    const constraint = `test_reject_${run}`
    // NOT VALID: only new rows are checked, so the rest of the suite's outbox is untouched.
    await sql(`ALTER TABLE nspm_api.outbox ADD CONSTRAINT ${constraint} CHECK (recipient <> '${email}') NOT VALID`)
    try {
      expect((await setStatus(id, 'cancelled')).status).toBeGreaterThanOrEqual(400)
    } finally {
      await sql(`ALTER TABLE nspm_api.outbox DROP CONSTRAINT ${constraint}`)
    }
    expect(await orderRow(id)).toMatchObject({ status: 'received', cancelled_at: null })
    expect(await outboxOf(id)).toEqual([])
  })

  it('does not let an editor change orders', async () => {
    const id = await insertOrder(`editor-${run}@example.org`)
    expect((await setStatus(id, 'shipped', editor)).status).toBe(403)
    expect((await orderRow(id)).status).toBe('received')
  })
})

describe('outbox panel on the dashboard', () => {
  const recipient = `panel-${run}@example.org`
  let administrator: CmsClient
  let editor: CmsClient

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    // Users of their own: the shared administrator's session may be replaced by other test files' logins meanwhile.
    administrator = (await createStaffUser(admin, ['admin'])).client
    editor = (await createStaffUser(admin, ['editor'])).client
    await sql("INSERT INTO nspm_api.outbox (kind, recipient, attempts, last_error, next_attempt_at) VALUES ('test-panel', $1, 3, $2, now() + interval '1 hour')", [
      recipient,
      `SmtpError code=E${run}`,
    ])
  })
  afterAll(() => sql('DELETE FROM nspm_api.outbox WHERE recipient = $1', [recipient]))

  it('shows administrators pending and failed mail without recipients', async () => {
    const html = await adminPage(administrator, '/admin')
    expect(html).toContain('E-postutskick')
    expect(html).toContain(`SmtpError code=E${run}`)
    expect(html).not.toContain(recipient)
  })

  it('shows editors nothing of it', async () => {
    // adminPage checks that this is the editor's own signed-in dashboard, not the login form.
    const html = await adminPage(editor, '/admin')
    expect(html).not.toContain('E-postutskick')
    expect(html).not.toContain(`E${run}`)
  })
})

describe('CSV export of confirmed subscribers', () => {
  const email = (name: string) => `${name}-${run}@example.org`
  let managerToken: string
  let editor: CmsClient
  let orderHandler: CmsClient
  const ids: number[] = []

  async function subscriber(address: string, status: string, topics: string[]) {
    const [row] = await sql<{ id: number }>(
      "INSERT INTO newsletter_subscribers (email, status, locale, confirmed_at, updated_at, created_at) VALUES ($1, $2, 'en', $3, now(), now()) RETURNING id",
      [address, status, status === 'confirmed' ? '2026-01-15T10:00:00Z' : null],
    )
    for (const [order, topic] of topics.entries())
      await sql('INSERT INTO newsletter_subscribers_topics ("order", parent_id, value) VALUES ($1, $2, $3)', [order + 1, row!.id, topic])
    ids.push(row!.id)
  }
  const mine = (csv: string) => csv.split('\r\n').filter((line) => line.includes(run))

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    editor = (await createStaffUser(admin, ['editor'])).client
    orderHandler = (await createStaffUser(admin, ['order-handler', 'editor'])).client
    const password = randomBytes(12).toString('base64url')
    const address = `manager-${run}@test.nspm.localhost`
    expect((await admin.request('POST', '/api/users', { email: address, password, roles: ['subscriber-manager'] })).status).toBe(201)
    managerToken = await tokenFor(address, password)
    await subscriber(email('news'), 'confirmed', ['news', 'events'])
    await subscriber(email('events'), 'confirmed', ['events'])
    await subscriber(email('pending'), 'pending', ['news'])
    await subscriber(email('gone'), 'unsubscribed', ['news'])
    await subscriber(`=cmd-${run}@example.org`, 'confirmed', ['news'])
  })
  afterAll(() => sql('DELETE FROM newsletter_subscribers WHERE id = ANY($1)', [ids]))

  it('refuses anonymous callers and staff without the subscriber role', async () => {
    const anonymous = await fetchAs(undefined, '/api/newsletter-subscribers/export')
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain(run)
    for (const client of [editor, orderHandler]) {
      const refused = await client.get('/api/newsletter-subscribers/export?topic=news')
      expect(refused.status).toBe(403)
      expect(JSON.stringify(refused.body)).not.toContain(run)
    }
  })

  it("gives a subscriber manager the topic's confirmed subscribers, formula cells defused", async () => {
    const response = await fetchAs(managerToken, '/api/newsletter-subscribers/export?topic=news')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="newsletter-subscribers-news-\d{4}-\d{2}-\d{2}\.csv"$/)
    const csv = await response.text()
    expect(csv.split('\r\n')[0]).toBe('email,locale,topics,confirmedAt')
    expect(mine(csv)).toEqual([`'=cmd-${run}@example.org,en,news,2026-01-15T10:00:00.000Z`, `${email('news')},en,"news;events",2026-01-15T10:00:00.000Z`])
  })

  it('exports every topic without a filter, also for administrators, and refuses an unknown topic', async () => {
    const adminToken = await tokenFor(inject('adminEmail'), inject('adminPassword'))
    const csv = await (await fetchAs(adminToken, '/api/newsletter-subscribers/export')).text()
    expect(mine(csv).map((line) => line.split(',')[0])).toEqual([`'=cmd-${run}@example.org`, email('events'), email('news')])
    expect((await fetchAs(managerToken, '/api/newsletter-subscribers/export?topic=sport')).status).toBe(400)
  })

  it('links the export above the subscribers list for subscriber managers', async () => {
    const html = await (await fetchAs(managerToken, '/admin/collections/newsletter-subscribers')).text()
    expect(html).toContain('/api/newsletter-subscribers/export?topic=news')
    expect(html).toContain('Exportera bekräftade prenumeranter')
  })
})
