import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { purgeOrderPersonalData } from '../../api/src/modules/orders/order.service'
import { apiClient, graphqlError } from '../helpers/api-client'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { withClient } from '../helpers/test-database'

const ORDER = gql`
  mutation ($input: OrderMaterialInput!) { orderMaterial(input: $input) { orderNumber status items { publicationId quantity } } }
`
type Receipt = { orderMaterial: { orderNumber: string; status: string; items: { publicationId: string; quantity: number }[] } }

describe('material orders', () => {
  let api: IntakeApi
  let brochure: string
  let manual: string
  const client = (ip: string) => api.client({ 'x-forwarded-for': ip })
  const order = (email: string, items: { publicationId: string; quantity: number }[], key = randomBytes(8).toString('hex')) => ({
    idempotencyKey: key,
    locale: 'SV',
    items,
    orderer: { name: 'Anna Andersson', organisation: 'Socialtjänsten i Exempelstad', email, phone: '031-123 45 67' },
    deliveryAddress: { street: 'Storgatan 1', postcode: '41104', city: 'Göteborg' },
  })
  const address = () => `orderer-${randomBytes(5).toString('hex')}@example.org`
  const ordersOf = (email: string) =>
    withClient(inject('databaseUrl'), async (db) => (await db.query('SELECT id, order_number, orderer_name, orderer_email, delivery_address_city FROM material_orders WHERE orderer_email = $1', [email])).rows)

  beforeAll(async () => {
    // Only the confirmation it checks: the e2e order test's worker sends the "shipped" mail of its own order.
    api = await startIntakeApi({ kinds: ['order-received'] })
    const { publications } = await apiClient().request<{ publications: { nodes: { id: string; slug: string }[] } }>(gql`{ publications(orderable: true) { nodes { id slug } } }`)
    brochure = publications.nodes.find((node) => node.slug.startsWith('broschyr'))!.id
    manual = publications.nodes.find((node) => node.slug.startsWith('manual'))!.id
  })
  afterAll(() => api.stop())

  it('takes a valid order, answers with an order number and emails the orderer', async () => {
    const email = address()
    const { orderMaterial } = await client('10.1.0.1').request<Receipt>(ORDER, { input: order(email, [{ publicationId: brochure, quantity: 20 }, { publicationId: manual, quantity: 2 }]) })
    expect(orderMaterial.orderNumber).toMatch(/^NSPM-\d{4}-\d{6}$/)
    expect(orderMaterial).toMatchObject({ status: 'RECEIVED', items: [{ publicationId: brochure, quantity: 20 }, { publicationId: manual, quantity: 2 }] })
    expect(JSON.stringify(orderMaterial)).not.toContain('Anna')
    const [mail] = await api.smtp.waitFor(email)
    expect(mail!.subject).toContain(orderMaterial.orderNumber)
    expect(mail!.text).toMatch(/20 × .*Att förebygga/i)
    expect(await ordersOf(email)).toHaveLength(1)
  })

  it.each([
    ['each invalid field, without echoing values', (email: string) => ({ ...order(email, [{ publicationId: '1', quantity: 1 }]), orderer: { name: '', organisation: 'x', email: 'nope', phone: 'abc' }, deliveryAddress: { street: 'Gatan 1', postcode: '1234', city: '' } }), ['orderer.name', 'orderer.email', 'orderer.phone', 'deliveryAddress.postcode', 'deliveryAddress.city']],
    ['an unknown publication', (email: string) => order(email, [{ publicationId: '999999', quantity: 1 }]), ['items[0].publicationId']],
    ['a quantity over the per-item limit', (email: string) => order(email, [{ publicationId: 'BROCHURE', quantity: 101 }]), ['items[0].quantity']],
    ['a zero quantity', (email: string) => order(email, [{ publicationId: 'BROCHURE', quantity: 0 }]), ['items[0].quantity']],
    ['the same publication twice', (email: string) => order(email, [{ publicationId: 'BROCHURE', quantity: 1 }, { publicationId: 'BROCHURE', quantity: 1 }]), ['items[1].publicationId']],
    ['more than 20 lines', (email: string) => order(email, Array.from({ length: 21 }, () => ({ publicationId: 'BROCHURE', quantity: 1 }))), ['items']],
    ['a missing idempotency key', (email: string) => order(email, [{ publicationId: 'BROCHURE', quantity: 1 }], 'short'), ['idempotencyKey']],
  ])('refuses %s', async (_case, build, fields) => {
    const email = address()
    const input = JSON.parse(JSON.stringify(build(email)).replaceAll('"BROCHURE"', JSON.stringify(brochure)))
    const error = await graphqlError(client('10.1.0.2').request(ORDER, { input }))
    expect(error.extensions.code).toBe('BAD_USER_INPUT')
    expect((error.extensions.fields as { field: string }[]).map((entry) => entry.field)).toEqual(expect.arrayContaining(fields))
    expect(JSON.stringify(error)).not.toMatch(/Anna|Storgatan|example\.org|nope/)
    expect(await ordersOf(email)).toHaveLength(0)
  })

  it('refuses publications that are not orderable or out of stock', async () => {
    const email = address()
    await withClient(inject('databaseUrl'), (db) => db.query('UPDATE publications SET in_stock = false WHERE id = $1', [manual]))
    try {
      const error = await graphqlError(client('10.1.0.3').request(ORDER, { input: order(email, [{ publicationId: manual, quantity: 1 }]) }))
      expect(error.extensions.fields).toEqual([{ field: 'items[0].publicationId', problem: 'is out of stock' }])
    } finally {
      await withClient(inject('databaseUrl'), (db) => db.query('UPDATE publications SET in_stock = true WHERE id = $1', [manual]))
    }
  })

  it('returns the first result for a retry with the same key, and refuses the key for a different order', async () => {
    const email = address()
    const input = order(email, [{ publicationId: brochure, quantity: 5 }])
    const first = await client('10.1.0.4').request<Receipt>(ORDER, { input })
    const retry = await client('10.1.0.4').request<Receipt>(ORDER, { input })
    expect(retry).toEqual(first)
    const different = await graphqlError(client('10.1.0.4').request(ORDER, { input: { ...input, items: [{ publicationId: brochure, quantity: 6 }] } }))
    expect(different.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'idempotencyKey', problem: 'was used for a different order' }] })
    expect(await ordersOf(email)).toHaveLength(1)
  })

  it('creates one order for ten concurrent retries with one key', async () => {
    const email = address()
    const input = order(email, [{ publicationId: manual, quantity: 3 }])
    const results = await Promise.all(Array.from({ length: 10 }, () => client('10.1.0.5').request<Receipt>(ORDER, { input })))
    expect(new Set(results.map((result) => result.orderMaterial.orderNumber)).size).toBe(1)
    expect(await ordersOf(email)).toHaveLength(1)
    await api.background.outbox?.drain()
    expect(api.smtp.to(email)).toHaveLength(1)
  })

  it('erases the orderer\'s personal data after shipping, keeping lines and dates', async () => {
    const email = address()
    const { orderMaterial } = await client('10.1.0.6').request<Receipt>(ORDER, { input: order(email, [{ publicationId: brochure, quantity: 1 }]) })
    await withClient(inject('databaseUrl'), (db) =>
      db.query("UPDATE material_orders SET status = 'shipped', shipped_at = now() - interval '31 days' WHERE order_number = $1", [orderMaterial.orderNumber]),
    )
    expect(await purgeOrderPersonalData(api.orm.em.fork(), 30)).toBeGreaterThanOrEqual(1)
    const [row] = await withClient(inject('databaseUrl'), async (db) =>
      (await db.query(
        `SELECT o.orderer_name, o.orderer_email, o.orderer_phone, o.delivery_address_street, o.personal_data_erased_at, o.created_at, o.shipped_at,
           (SELECT count(*) FROM material_orders_items i WHERE i._parent_id = o.id) AS lines
         FROM material_orders o WHERE order_number = $1`,
        [orderMaterial.orderNumber],
      )).rows,
    )
    expect(row).toMatchObject({ orderer_name: null, orderer_email: null, orderer_phone: null, delivery_address_street: null, lines: '1' })
    expect(row.personal_data_erased_at).toBeInstanceOf(Date)
    expect(row.shipped_at).toBeInstanceOf(Date)
  })

  it('rate-limits one client', async () => {
    const ip = '10.1.0.7'
    const outcomes: string[] = []
    for (let index = 0; index < 11; index += 1) {
      outcomes.push(await client(ip).request(ORDER, { input: order(address(), [{ publicationId: brochure, quantity: 1 }]) }).then(() => 'ok', async (error: unknown) => (await graphqlError(Promise.reject(error))).extensions.code ?? '?'))
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('ok'))
    expect(outcomes[10]).toBe('RATE_LIMITED')
  })
})
