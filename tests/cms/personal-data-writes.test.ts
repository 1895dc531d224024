import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { OutboxRow } from '../../api/src/mail/outbox'
import { renderOrderMail } from '../../api/src/modules/orders/order.mail'
import { createOrm } from '../../api/src/orm'
import { DATA_DIR } from '../../runtime/paths'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

/**
 * Writes inside documents staff may open: consent is the subscriber's own, and what an orderer sent is fixed.
 * Each refusal is checked in the database (the row is unchanged), not only by its status code.
 */
const run = randomBytes(4).toString('hex')
const address = (name: string) => `${name}-${run}@example.org`

describe("subscribers' consent changes only through their own actions", () => {
  let manager: CmsClient
  let administrator: CmsClient
  const ids: number[] = []

  async function subscriber(name: string, status: 'pending' | 'confirmed' | 'unsubscribed'): Promise<number> {
    const [row] = await sql<{ id: number }>(
      `INSERT INTO newsletter_subscribers (email, status, locale, consent_given_at, consent_source, consent_text_version, confirmed_at, unsubscribed_at, updated_at, created_at)
       VALUES ($1, $2, 'sv', '2026-11-01T10:00:00Z', 'website', '2026-11', $3, $4, now(), now()) RETURNING id`,
      [address(name), status, status === 'pending' ? null : '2026-11-01T10:05:00Z', status === 'unsubscribed' ? '2026-11-20T08:00:00Z' : null],
    )
    await sql(`INSERT INTO newsletter_subscribers_topics ("order", parent_id, value) VALUES (1, $1, 'news')`, [row!.id])
    ids.push(row!.id)
    return row!.id
  }
  const stored = async (id: number) => (await sql('SELECT * FROM newsletter_subscribers WHERE id = $1', [id]))[0]
  const forged = { status: 'confirmed', confirmedAt: '2026-12-01T09:00:00.000Z', consent: { givenAt: '2026-12-01T08:59:00.000Z', source: 'phone call', textVersion: '2026-11' } }

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    manager = (await createStaffUser(admin, ['subscriber-manager'])).client
    administrator = (await createStaffUser(admin, ['admin'])).client
  })
  afterAll(() => sql('DELETE FROM newsletter_subscribers WHERE id = ANY($1)', [ids]))

  it('refuses a forged confirmation (status, confirmedAt, consent evidence) with 403 and leaves the row as it was', async () => {
    const id = await subscriber('pending', 'pending')
    const before = await stored(id)
    for (const client of [manager, administrator]) {
      const refused = await client.request('PATCH', `/api/newsletter-subscribers/${id}`, forged)
      expect(refused.status).toBe(403)
      expect(JSON.stringify(refused.body)).not.toContain(address('pending'))
    }
    expect(await stored(id)).toEqual(before)
  })

  it('refuses to re-confirm a person who unsubscribed, who stays out of the CSV export', async () => {
    const id = await subscriber('gone', 'unsubscribed')
    const before = await stored(id)
    expect((await manager.request('PATCH', `/api/newsletter-subscribers/${id}`, { status: 'confirmed' })).status).toBe(403)
    // The bulk form of the same write, as the admin's list sends it.
    expect((await manager.request('PATCH', `/api/newsletter-subscribers?where[id][equals]=${id}`, { status: 'confirmed' })).status).toBe(403)
    expect(await stored(id)).toEqual(before)
    const csv = await fetch(`${manager.baseUrl}/api/newsletter-subscribers/export`, { headers: { authorization: `JWT ${manager.authToken}` } })
    expect(csv.status).toBe(200)
    expect(await csv.text()).not.toContain(address('gone'))
  })

  it("refuses to change a confirmed subscriber's address (consent belongs to the mailbox that gave it)", async () => {
    const id = await subscriber('confirmed', 'confirmed')
    const before = await stored(id)
    for (const client of [manager, administrator]) {
      expect((await client.request('PATCH', `/api/newsletter-subscribers/${id}`, { email: address('someone-else') })).status).toBe(403)
    }
    expect((await manager.request('PATCH', `/api/newsletter-subscribers/${id}`, { topics: ['events'], locale: 'en' })).status).toBe(403)
    expect(await stored(id)).toEqual(before)
    expect(await sql('SELECT value FROM newsletter_subscribers_topics WHERE parent_id = $1', [id])).toEqual([{ value: 'news' }])
  })

  it('refuses to create a subscriber, confirmed or not, for staff of every rank', async () => {
    for (const client of [manager, administrator]) {
      expect((await client.request('POST', '/api/newsletter-subscribers', { email: address('made-up'), topics: ['news'], locale: 'sv', ...forged })).status).toBe(403)
      expect((await client.request('POST', '/api/newsletter-subscribers', { email: address('made-up'), topics: ['news'], locale: 'sv' })).status).toBe(403)
    }
    expect(await sql('SELECT id FROM newsletter_subscribers WHERE email = $1', [address('made-up')])).toEqual([])
  })

  it('still lets a subscriber manager delete a subscriber (erasure on request)', async () => {
    const id = await subscriber('erased', 'confirmed')
    expect((await manager.request('DELETE', `/api/newsletter-subscribers/${id}`)).status).toBe(200)
    expect(await stored(id)).toBeUndefined()
  })
})

describe("an order's personal data is fixed once received", () => {
  let handler: CmsClient
  const orderIds: number[] = []
  const orderer = address('orderer')

  async function order(): Promise<number> {
    const [row] = await sql<{ id: number }>(
      `INSERT INTO material_orders (order_number, status, locale, orderer_name, orderer_organisation, orderer_email, orderer_phone,
         delivery_address_street, delivery_address_postcode, delivery_address_city, updated_at, created_at)
       VALUES ($1, 'received', 'sv', 'Anna Andersson', 'Socialtjänsten', $2, '+46311234567', 'Storgatan 1', '411 04', 'Göteborg', now(), now()) RETURNING id`,
      [`F-${run}-${orderIds.length}`, orderer],
    )
    await sql(`INSERT INTO material_orders_items (_order, _parent_id, id, publication_id, quantity) SELECT 1, $1, $2, id, 5 FROM publications ORDER BY id LIMIT 1`, [
      row!.id,
      randomBytes(12).toString('hex'),
    ])
    orderIds.push(row!.id)
    return row!.id
  }
  const stored = async (id: number) => (await sql('SELECT * FROM material_orders WHERE id = $1', [id]))[0]
  const outboxOf = (id: number) => sql<{ kind: string; recipient: string }>("SELECT kind, recipient FROM nspm_api.outbox WHERE payload->>'orderId' = $1 ORDER BY id", [String(id)])
  type Refusal = { errors?: { data?: { errors?: { path: string }[] } }[] }
  const refusedPaths = (body: Refusal) => (body.errors?.[0]?.data?.errors ?? []).map((error) => error.path).sort()
  const rewrite = { orderer: { name: 'Mallory', email: 'attacker@evil.example' }, deliveryAddress: { street: 'https://evil.example/login', city: 'Ingenstans' } }

  beforeAll(async () => {
    handler = (await createStaffUser(await CmsClient.asAdmin(), ['order-handler'])).client
  })
  afterAll(async () => {
    await sql("DELETE FROM nspm_api.outbox WHERE payload->>'orderId' = ANY($1)", [orderIds.map(String)])
    await sql('DELETE FROM material_orders WHERE id = ANY($1)', [orderIds])
  })

  it('refuses to rewrite the orderer or the delivery address with 400 naming the fields, never echoing the values', async () => {
    const id = await order()
    const before = await stored(id)
    const refused = await handler.request<Refusal>('PATCH', `/api/material-orders/${id}`, rewrite)
    expect(refused.status).toBe(400)
    expect(refusedPaths(refused.body)).toEqual(['deliveryAddress.city', 'deliveryAddress.street', 'orderer.email', 'orderer.name'])
    expect(JSON.stringify(refused.body)).not.toMatch(/evil\.example|Mallory|Ingenstans/)
    expect(await stored(id)).toEqual(before)
    // Payload logs the refusal (global-setup.ts keeps the suite's CMS output): by field names, without the values.
    const cmsLog = () => readFile(path.join(DATA_DIR, 'test-logs', 'cms.log'), 'utf8')
    await expect.poll(cmsLog, { timeout: 5_000 }).toMatch(/deliveryAddress\.street/)
    expect(await cmsLog()).not.toMatch(/evil\.example|Mallory|Ingenstans/)
  })

  it('refuses a rewrite sent with "shipped": the status stays and no email goes anywhere', async () => {
    const id = await order()
    const before = await stored(id)
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { status: 'shipped', handlerNote: 'Se https://evil.example', ...rewrite })).status).toBe(400)
    expect(await stored(id)).toEqual(before)
    expect(await outboxOf(id)).toEqual([])
  })

  it('refuses the rewrite after shipping too, and the one "shipped" email goes to the address that ordered', async () => {
    const id = await order()
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { status: 'shipped' })).status).toBe(200)
    const shipped = await stored(id)
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, rewrite)).status).toBe(400)
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { orderer: { email: 'attacker@evil.example' } })).status).toBe(400)
    expect(await stored(id)).toEqual(shipped)
    expect(await outboxOf(id)).toEqual([{ kind: 'order-shipped', recipient: orderer }])
  })

  it('refuses changes to the items and the language', async () => {
    const id = await order()
    const before = await stored(id)
    const { body } = await handler.get<{ items: { id: string; publication: number; quantity: number }[] }>(`/api/material-orders/${id}?depth=0`)
    const more = body.items.map((item) => ({ ...item, quantity: 500 }))
    const refused = await handler.request<Refusal>('PATCH', `/api/material-orders/${id}`, { items: more, locale: 'en' })
    expect(refused.status).toBe(400)
    expect(refusedPaths(refused.body)).toEqual(['items', 'locale'])
    expect(await stored(id)).toEqual(before)
    expect(await sql('SELECT quantity FROM material_orders_items WHERE _parent_id = $1', [id])).toEqual([{ quantity: '5' }])
  })

  it('sends the "shipped" email only to the ordering address, rendered from the order as received: no text a handler typed', async () => {
    const id = await order()
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { handlerNote: 'Hämta på https://evil.example/pickup' })).status).toBe(200)
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { status: 'shipped', ...rewrite })).status).toBe(400)
    expect((await handler.request('PATCH', `/api/material-orders/${id}`, { status: 'shipped' })).status).toBe(200)
    const rows = await sql<OutboxRow>("SELECT id, kind, recipient, locale, payload, attempts FROM nspm_api.outbox WHERE payload->>'orderId' = $1", [String(id)])
    expect(rows.map(({ kind, recipient, payload }) => ({ kind, recipient, payload }))).toEqual([{ kind: 'order-shipped', recipient: orderer, payload: { orderId: id } }])
    // The API's own renderer, as its outbox worker calls it.
    const orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    const mail = await renderOrderMail({ ...rows[0]!, id: Number(rows[0]!.id) }, orm.em.fork()).finally(() => orm.close())
    // The destination as received, and only as far as a mail may say it (postcode and post town: order.mail.ts).
    expect(mail?.text).toContain('Levereras till postnummer 411 04 Göteborg')
    expect(`${mail?.subject} ${mail?.text} ${mail?.html}`).not.toMatch(/evil\.example|Hämta|Mallory|Ingenstans/)
    expect(mail?.html).not.toMatch(/<a\s/i)
  })

  it('accepts a save that sends the stored details back unchanged with a new status and note, as the admin form does', async () => {
    const id = await order()
    const { body } = await handler.get<Record<string, unknown>>(`/api/material-orders/${id}?depth=0`)
    const saved = await handler.request('PATCH', `/api/material-orders/${id}`, { ...body, status: 'processing', handlerNote: 'Packas i morgon' })
    expect(saved.status).toBe(200)
    expect(await stored(id)).toMatchObject({ status: 'processing', handler_note: 'Packas i morgon', orderer_email: orderer, delivery_address_street: 'Storgatan 1' })
  })
})
