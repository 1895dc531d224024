import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enqueueMail } from '../../api/src/mail/outbox'
import { purgeOrderPersonalData } from '../../api/src/modules/orders/order.service'
import { apiClient, graphqlError } from '../helpers/api-client'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { sql } from '../helpers/sql'
import { toHeader } from '../mail/helpers'
import { withClient } from '../helpers/test-database'

const ORDER = gql`
  mutation ($input: OrderMaterialInput!) {
    orderMaterial(input: $input) {
      orderNumber
      status
      items {
        publicationId
        quantity
      }
    }
  }
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
  /** The order as a browser or a partner system sends it, with the answer's status and headers. */
  const post = async (forwardedFor: string, input: ReturnType<typeof order>) => {
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: ORDER, variables: { input } }),
    })
    return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } }
  }
  const ordersOf = (email: string) =>
    withClient(
      inject('databaseUrl'),
      async (db) => (await db.query('SELECT id, order_number, orderer_name, orderer_email, delivery_address_city FROM material_orders WHERE orderer_email = $1', [email])).rows,
    )

  beforeAll(async () => {
    // Only the confirmation it checks: the e2e order test's worker sends the "shipped" mail of its own order.
    api = await startIntakeApi({ kinds: ['order-received'] })
    const { publications } = await apiClient().request<{ publications: { nodes: { id: string; slug: string }[] } }>(gql`
      {
        publications(orderable: true) {
          nodes {
            id
            slug
          }
        }
      }
    `)
    brochure = publications.nodes.find((node) => node.slug.startsWith('broschyr'))!.id
    manual = publications.nodes.find((node) => node.slug.startsWith('manual'))!.id
  })
  afterAll(() => api.stop())

  it('takes a valid order, answers with an order number and emails the orderer', async () => {
    const email = address()
    const { orderMaterial } = await client('10.1.0.1').request<Receipt>(ORDER, {
      input: order(email, [
        { publicationId: brochure, quantity: 20 },
        { publicationId: manual, quantity: 2 },
      ]),
    })
    expect(orderMaterial.orderNumber).toMatch(/^NSPM-\d{4}-\d{6}$/)
    expect(orderMaterial).toMatchObject({
      status: 'RECEIVED',
      items: [
        { publicationId: brochure, quantity: 20 },
        { publicationId: manual, quantity: 2 },
      ],
    })
    expect(JSON.stringify(orderMaterial)).not.toContain('Anna')
    const [mail] = await api.smtp.waitFor(email)
    expect(mail!.subject).toContain(orderMaterial.orderNumber)
    expect(mail!.text).toMatch(/20 × .*Att förebygga/i)
    expect(await ordersOf(email)).toHaveLength(1)
  })

  it.each([
    [
      'each invalid field, without echoing values',
      (email: string) => ({
        ...order(email, [{ publicationId: '1', quantity: 1 }]),
        orderer: { name: '', organisation: 'x', email: 'nope', phone: 'abc' },
        deliveryAddress: { street: 'Gatan 1', postcode: '1234', city: '' },
      }),
      ['orderer.name', 'orderer.email', 'orderer.phone', 'deliveryAddress.postcode', 'deliveryAddress.city'],
    ],
    ['an unknown publication', (email: string) => order(email, [{ publicationId: '999999', quantity: 1 }]), ['items[0].publicationId']],
    ['a quantity over the per-item limit', (email: string) => order(email, [{ publicationId: 'BROCHURE', quantity: 101 }]), ['items[0].quantity']],
    ['a zero quantity', (email: string) => order(email, [{ publicationId: 'BROCHURE', quantity: 0 }]), ['items[0].quantity']],
    [
      'the same publication twice',
      (email: string) =>
        order(email, [
          { publicationId: 'BROCHURE', quantity: 1 },
          { publicationId: 'BROCHURE', quantity: 1 },
        ]),
      ['items[1].publicationId'],
    ],
    [
      'more than 20 lines',
      (email: string) =>
        order(
          email,
          Array.from({ length: 21 }, () => ({ publicationId: 'BROCHURE', quantity: 1 })),
        ),
      ['items'],
    ],
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

  it('returns the first result for a retry with the same key, and answers IDEMPOTENCY_KEY_REUSED for a different order', async () => {
    const email = address()
    const input = order(email, [{ publicationId: brochure, quantity: 5 }])
    const first = await client('10.1.0.4').request<Receipt>(ORDER, { input })
    const retry = await client('10.1.0.4').request<Receipt>(ORDER, { input })
    expect(retry).toEqual(first)
    const different = await graphqlError(client('10.1.0.4').request(ORDER, { input: { ...input, items: [{ publicationId: brochure, quantity: 6 }] } }))
    expect(different.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', fields: [{ field: 'idempotencyKey', problem: 'was used for a different order' }] })
    expect(JSON.stringify(different)).not.toMatch(/Anna|Storgatan|example\.org/)
    expect(await ordersOf(email)).toHaveLength(1)
  })

  it('gives one order and 20 identical receipts for 20 concurrent retries with one key, counting the order once', async () => {
    const email = address()
    const input = order(email, [{ publicationId: manual, quantity: 3 }])
    const answers = await Promise.all(Array.from({ length: 20 }, () => post('10.1.0.5', input)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    expect(answers.flatMap((answer) => answer.body.errors ?? [])).toEqual([])
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body.data))).size).toBe(1)
    expect(answers[0]!.body.data).toMatchObject({ orderMaterial: { status: 'RECEIVED', items: [{ publicationId: manual, quantity: 3 }] } })
    expect(await ordersOf(email)).toHaveLength(1)
    // Only the request that placed the order counted: every answer shows 9 of the 10 left.
    for (const answer of answers) expect(answer.headers.get('ratelimit')).toMatch(/^"orders";r=9;t=\d+$/)
    await api.background.outbox?.drain()
    expect(api.smtp.to(email)).toHaveLength(1)
  })

  it("erases the orderer's personal data after shipping, keeping lines and dates", async () => {
    const email = address()
    const { orderMaterial } = await client('10.1.0.6').request<Receipt>(ORDER, { input: order(email, [{ publicationId: brochure, quantity: 1 }]) })
    await withClient(inject('databaseUrl'), (db) =>
      db.query("UPDATE material_orders SET status = 'shipped', shipped_at = now() - interval '31 days' WHERE order_number = $1", [orderMaterial.orderNumber]),
    )
    expect(await purgeOrderPersonalData(api.orm.em.fork(), 30)).toBeGreaterThanOrEqual(1)
    const [row] = await withClient(
      inject('databaseUrl'),
      async (db) =>
        (
          await db.query(
            `SELECT o.orderer_name, o.orderer_email, o.orderer_phone, o.delivery_address_street, o.personal_data_erased_at, o.created_at, o.shipped_at,
           (SELECT count(*) FROM material_orders_items i WHERE i._parent_id = o.id) AS lines
         FROM material_orders o WHERE order_number = $1`,
            [orderMaterial.orderNumber],
          )
        ).rows,
    )
    expect(row).toMatchObject({ orderer_name: null, orderer_email: null, orderer_phone: null, delivery_address_street: null, lines: '1' })
    expect(row.personal_data_erased_at).toBeInstanceOf(Date)
    expect(row.shipped_at).toBeInstanceOf(Date)
  })

  it('refuses the eleventh order in an hour with 429, Retry-After and RateLimit headers, then takes it once a slot frees', async () => {
    const ip = '10.1.0.7'
    const inputs = Array.from({ length: 11 }, () => order(address(), [{ publicationId: brochure, quantity: 1 }]))
    const answers = []
    for (const input of inputs) answers.push(await post(ip, input))
    expect(answers.map((answer) => answer.status)).toEqual([...Array(10).fill(200), 429])
    expect(answers.map((answer) => answer.headers.get('ratelimit-policy'))).toEqual(Array(11).fill('"orders";q=10;w=3600'))
    expect(answers.map((answer) => /;r=(\d+);/.exec(answer.headers.get('ratelimit') ?? '')?.[1])).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0', '0'])
    const refused = answers[10]!
    const [error] = refused.body.errors!
    expect(error!.extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'orders' })
    const retryAfter = error!.extensions!.retryAfter as number
    expect(retryAfter).toBeGreaterThan(3000)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(error!.extensions!.retryAfterSeconds).toBe(retryAfter)
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter))
    expect(refused.headers.get('ratelimit')).toBe(`"orders";r=0;t=${retryAfter}`)
    expect(refused.headers.get('cache-control')).toBe('no-store')

    // A retry of an order already placed returns its receipt, even with the limit spent, and counts nothing.
    const replay = await post(ip, inputs[0]!)
    expect(replay.status).toBe(200)
    expect(replay.body.data).toEqual(answers[0]!.body.data)
    expect(replay.headers.get('ratelimit')).toMatch(/^"orders";r=0;t=\d+$/)

    // The window slides: with the oldest order 50 minutes old, a slot frees in 10 minutes, not in an hour.
    const bucket = `orders:ip:${ip}`
    await sql("UPDATE nspm_api.rate_limit_logs SET hits[1] = hits[1] - interval '50 minutes' WHERE bucket = $1", [bucket])
    const later = await post(ip, inputs[10]!)
    expect(later.status).toBe(429)
    expect(Number(later.headers.get('retry-after'))).toBeGreaterThan(500)
    expect(Number(later.headers.get('retry-after'))).toBeLessThanOrEqual(600)
    // Once the oldest order has left the window, the refused order (its key left unclaimed) is taken.
    await sql("UPDATE nspm_api.rate_limit_logs SET hits[1] = hits[1] - interval '11 minutes' WHERE bucket = $1", [bucket])
    const taken = await post(ip, inputs[10]!)
    expect(taken.status).toBe(200)
    expect(taken.body.data).toMatchObject({ orderMaterial: { status: 'RECEIVED' } })
    expect(taken.headers.get('ratelimit')).toMatch(/^"orders";r=0;t=\d+$/)
  })

  it('counts a client behind a trusted proxy by its own address, so a forged first X-Forwarded-For entry does not escape the limit', async () => {
    // The client 203.0.113.80 writes a different address into X-Forwarded-For each time; the proxy (here on
    // loopback, trusted) appends the address it saw. The right-most untrusted address is the client.
    const statuses: number[] = []
    for (let index = 0; index < 11; index += 1) {
      const forged = `198.51.100.${index + 1}`
      statuses.push((await post(`${forged}, 203.0.113.80`, order(address(), [{ publicationId: brochure, quantity: 1 }]))).status)
    }
    expect(statuses).toEqual([...Array(10).fill(200), 429])
    expect(await sql('SELECT bucket FROM nspm_api.rate_limit_logs WHERE bucket LIKE $1', ['orders:ip:198.51.100.%'])).toEqual([])
  })

  describe("the receipt: never a carrier for text of the orderer's choosing", () => {
    // What a stranger would type to make NSPM mail their message to someone else: each marker contains "Kvitto".
    const typed = (email: string) => ({
      ...order(email, [{ publicationId: brochure, quantity: 20 }]),
      orderer: { name: 'Anna Kvittosson', organisation: 'Kvittobolaget ideell förening', email, phone: '031-123 45 67' },
      deliveryAddress: { street: 'Kvittogatan 12 lgh 1102', postcode: '19430', city: 'Upplands Väsby' },
    })
    const outboxRows = async (email: string) => (await sql<{ n: string }>('SELECT count(*) AS n FROM nspm_api.outbox WHERE recipient = $1', [email]))[0]!.n

    it('goes to the orderer alone and names the order, its lines, postcode and town, none of the typed text, no link', async () => {
      const email = address()
      const { orderMaterial } = await client('10.1.0.8').request<Receipt>(ORDER, { input: typed(email) })
      const [mail] = await api.smtp.waitFor(email)
      await api.background.outbox?.drain()
      expect(api.smtp.to(email)).toHaveLength(1)
      expect(toHeader(mail)).toBe(`To: ${email}`)
      expect([mail!.cc, mail!.bcc, mail!.replyTo]).toEqual([undefined, undefined, undefined])
      for (const part of [mail!.text!, mail!.html as string]) {
        expect(part).toContain(orderMaterial.orderNumber)
        expect(part).toMatch(/20 × .*Att förebygga/i)
        expect(part).toContain('194 30 Upplands Väsby')
        expect(part).not.toMatch(/Kvitto|Anna|031/)
        expect(part).not.toMatch(/https?:|www\.|@/)
      }
      expect(mail!.html).not.toMatch(/<a[\s>]/i)
    })

    it.each([
      [
        'a domain with a top-level name linkers know of late',
        'orderer.name',
        (input: ReturnType<typeof typed>) => ({ ...input, orderer: { ...input.orderer, name: 'Anna, se vinst.xyz' } }),
      ],
      ['a URL', 'orderer.organisation', (input: ReturnType<typeof typed>) => ({ ...input, orderer: { ...input.orderer, organisation: 'Logga in https://bank.example/login' } })],
      [
        'an email address',
        'deliveryAddress.street',
        (input: ReturnType<typeof typed>) => ({ ...input, deliveryAddress: { ...input.deliveryAddress, street: 'Svara till hjalp@bank.example' } }),
      ],
      [
        'an IP address',
        'deliveryAddress.street',
        (input: ReturnType<typeof typed>) => ({ ...input, deliveryAddress: { ...input.deliveryAddress, street: 'Storgatan 1 http://192.0.2.7/x' } }),
      ],
      ['a full-width domain', 'deliveryAddress.city', (input: ReturnType<typeof typed>) => ({ ...input, deliveryAddress: { ...input.deliveryAddress, city: 'ｂａｎｋ．ｓｅ' } })],
    ])('refuses %s in %s without echoing it, placing nothing and sending nothing', async (_case, field, build) => {
      const email = address()
      const input = build(typed(email))
      const error = await graphqlError(client('10.1.0.9').request(ORDER, { input }))
      expect(error.extensions.code).toBe('BAD_USER_INPUT')
      expect(error.extensions.fields).toEqual([{ field, problem: 'must not contain a web or email address' }])
      expect(JSON.stringify(error)).not.toMatch(/vinst|bank|hjalp|192\.0|ｂａｎｋ|example\.org/)
      expect(await ordersOf(email)).toHaveLength(0)
      expect(await outboxRows(email)).toBe('0')
    })

    it('refuses a post town with digits or punctuation, and every free-text field one character too long', async () => {
      const email = address()
      const town = await graphqlError(
        client('10.1.0.9').request(ORDER, { input: { ...typed(email), deliveryAddress: { street: 'Storgatan 1', postcode: '41104', city: 'Ring 0701234567!' } } }),
      )
      expect(town.extensions.fields).toEqual([{ field: 'deliveryAddress.city', problem: 'must be a post town: letters, spaces and hyphens' }])
      const long = (length: number) => 'Å'.repeat(length)
      const tooLong = await graphqlError(
        client('10.1.0.9').request(ORDER, {
          input: {
            ...typed(email),
            orderer: { ...typed(email).orderer, name: long(101), organisation: long(151) },
            deliveryAddress: { street: long(151), postcode: '41104', city: long(81) },
          },
        }),
      )
      expect(tooLong.extensions.fields).toEqual([
        { field: 'orderer.name', problem: 'must be 1–100 characters' },
        { field: 'orderer.organisation', problem: 'must be 1–150 characters' },
        { field: 'deliveryAddress.street', problem: 'must be 1–150 characters' },
        { field: 'deliveryAddress.city', problem: 'must be 1–80 characters' },
      ])
      expect(JSON.stringify([town, tooLong])).not.toMatch(/ÅÅ|0701234567/)
      expect(await ordersOf(email)).toHaveLength(0)
    })

    it('leaves out a town that is not one when the order row was changed after it was placed', async () => {
      const email = address()
      const { orderMaterial } = await client('10.1.0.10').request<Receipt>(ORDER, { input: typed(email) })
      await api.smtp.waitFor(email)
      const [row] = await sql<{ id: number }>("UPDATE material_orders SET delivery_address_city = 'Logga in på bank.example' WHERE order_number = $1 RETURNING id", [
        orderMaterial.orderNumber,
      ])
      await enqueueMail(api.orm.em.fork(), { kind: 'order-received', recipient: email, locale: 'sv', payload: { orderId: row!.id } })
      const [, again] = await api.smtp.waitFor(email, 2)
      for (const part of [again!.text!, again!.html as string]) {
        expect(part).toContain('postnummer 194 30')
        expect(part).not.toMatch(/bank|Logga|Kvitto/)
      }
    })
  })
})
