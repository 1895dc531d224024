import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { displayPhone } from '../../contracts/validation/phone-number'
import { apiClient } from '../helpers/api-client'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { sql } from '../helpers/sql'

/**
 * The public API writes two tables that Payload owns and migrates (the intake exception, README "One owner per
 * table"): newsletter_subscribers (+ _topics) and material_orders (+ _items). Written through the real API, read
 * back through Payload's REST API by staff with the role that may read them: every column the API writes must come
 * back as the field it means, so a Payload migration that renames, retypes or moves one fails here.
 */
const SUBSCRIBE = gql`
  mutation ($input: SubscribeInput!) {
    subscribeToNewsletter(input: $input) {
      accepted
    }
  }
`
const ORDER = gql`
  mutation ($input: OrderMaterialInput!) {
    orderMaterial(input: $input) {
      orderNumber
      status
    }
  }
`

type Docs<T> = { docs: T[] }
type Subscriber = {
  id: number
  email: string
  status: string
  locale: string
  topics: string[]
  consent: { givenAt: string; source: string | null; textVersion: string }
  confirmedAt?: string | null
  unsubscribedAt?: string | null
  createdAt: string
  updatedAt: string
}
type Order = {
  id: number
  orderNumber: string
  status: string
  locale: string
  items: { id: string; publication: { id: number; slug: string }; quantity: number }[]
  orderer: { name: string; organisation: string; email: string; phone: string }
  deliveryAddress: { street: string; postcode: string; city: string }
  createdAt: string
  updatedAt: string
}

const iso = (value: unknown) => new Date(value as string | Date).toISOString()

describe('intake rows the API writes, as Payload reads them', () => {
  let api: IntakeApi
  // A client address of its own per request: the intake limits count per client (the API trusts this test as its proxy).
  const client = () => api.client({ 'x-forwarded-for': `10.16.${randomBytes(1)[0]}.${randomBytes(1)[0]}` })
  let subscriberManager: CmsClient
  let orderHandler: CmsClient

  beforeAll(async () => {
    // The real API in this process; its outbox worker claims no kind, so other files' workers keep their mails.
    api = await startIntakeApi({ kinds: ['payload-readback-sends-nothing'] })
    const admin = await CmsClient.asAdmin()
    subscriberManager = (await createStaffUser(admin, ['subscriber-manager'])).client
    orderHandler = (await createStaffUser(admin, ['order-handler'])).client
  })
  afterAll(() => api.stop())

  it('a subscription: address, status, language, topics in order, consent evidence and timestamps', async () => {
    const email = `readback-${randomBytes(5).toString('hex')}@example.org`
    const before = Date.now()
    const input = { email, topics: ['PUBLICATIONS', 'EVENTS'], locale: 'EN', consent: { given: true, textVersion: '2026-11', source: 'nspm.se/en/newsletter' } }
    expect(await client().request(SUBSCRIBE, { input })).toEqual({ subscribeToNewsletter: { accepted: true } })

    const [row] = await sql<Record<string, unknown>>('SELECT * FROM newsletter_subscribers WHERE email = $1', [email])
    const topics = await sql<{ value: string }>('SELECT value FROM newsletter_subscribers_topics WHERE parent_id = $1 ORDER BY "order"', [row!.id])
    const { status, body } = await subscriberManager.get<Docs<Subscriber>>(`/api/newsletter-subscribers?where[email][equals]=${encodeURIComponent(email)}&depth=0`)
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(1)
    const doc = body.docs[0]!

    // What the caller sent, in Payload's terms (the select values of contracts/select-values/newsletter.ts).
    expect(doc).toMatchObject({
      id: row!.id,
      email,
      status: 'pending',
      locale: 'en',
      topics: ['publications', 'events'],
      consent: { source: 'nspm.se/en/newsletter', textVersion: '2026-11' },
    })
    expect(doc.topics).toEqual(topics.map((topic) => topic.value))
    // Every timestamp the API set, the same instant in Payload's answer; none in the future of the test.
    for (const [field, column] of [
      [doc.consent.givenAt, 'consent_given_at'],
      [doc.createdAt, 'created_at'],
      [doc.updatedAt, 'updated_at'],
    ] as const) {
      expect(iso(field)).toBe(iso(row![column]))
      expect(new Date(field).getTime()).toBeGreaterThanOrEqual(before - 1_000)
      expect(new Date(field).getTime()).toBeLessThanOrEqual(Date.now() + 1_000)
    }
    expect(doc.confirmedAt ?? null).toBeNull()
    expect(doc.unsubscribedAt ?? null).toBeNull()
  })

  it('an order: number, status, language, lines with their publications, orderer, address and timestamps', async () => {
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
    const [first, second] = publications.nodes
    expect(second, 'two orderable publications are seeded').toBeDefined()
    const email = `readback-${randomBytes(5).toString('hex')}@example.org`
    const before = Date.now()
    const input = {
      idempotencyKey: randomBytes(8).toString('hex'),
      locale: 'EN',
      items: [
        { publicationId: second!.id, quantity: 3 },
        { publicationId: first!.id, quantity: 1 },
      ],
      orderer: { name: 'Åsa Öberg', organisation: 'Socialtjänsten i Håbo', email, phone: '031-123 45 67' },
      deliveryAddress: { street: 'Storgatan 1', postcode: '41104', city: 'Göteborg' },
    }
    const { orderMaterial } = await client().request<{ orderMaterial: { orderNumber: string; status: string } }>(ORDER, { input })
    expect(orderMaterial.status).toBe('RECEIVED')

    const [row] = await sql<Record<string, unknown>>('SELECT * FROM material_orders WHERE order_number = $1', [orderMaterial.orderNumber])
    const items = await sql<{ id: string; publication_id: number; quantity: number }>(
      'SELECT id, publication_id, quantity FROM material_orders_items WHERE _parent_id = $1 ORDER BY _order',
      [row!.id],
    )
    const { status, body } = await orderHandler.get<Docs<Order>>(`/api/material-orders?where[orderNumber][equals]=${encodeURIComponent(orderMaterial.orderNumber)}&depth=1`)
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(1)
    const doc = body.docs[0]!

    expect(doc).toMatchObject({
      id: row!.id,
      orderNumber: orderMaterial.orderNumber,
      status: 'received',
      locale: 'en',
      // Stored normalised by the API with the rules the CMS applies (contracts/validation), shown as the CMS shows them.
      orderer: { name: 'Åsa Öberg', organisation: 'Socialtjänsten i Håbo', email, phone: displayPhone('+46311234567') },
      deliveryAddress: { street: 'Storgatan 1', postcode: '411 04', city: 'Göteborg' },
    })
    expect(row).toMatchObject({ orderer_phone: '+46311234567', delivery_address_postcode: '411 04' })
    // The relationship resolves to the publication the caller named, lines in the caller's order.
    expect(doc.items.map((item) => ({ id: item.id, publication: String(item.publication.id), slug: item.publication.slug, quantity: item.quantity }))).toEqual([
      { id: items[0]!.id, publication: second!.id, slug: second!.slug, quantity: 3 },
      { id: items[1]!.id, publication: first!.id, slug: first!.slug, quantity: 1 },
    ])
    for (const [field, column] of [
      [doc.createdAt, 'created_at'],
      [doc.updatedAt, 'updated_at'],
    ] as const) {
      expect(iso(field)).toBe(iso(row![column]))
      expect(new Date(field).getTime()).toBeGreaterThanOrEqual(before - 1_000)
      expect(new Date(field).getTime()).toBeLessThanOrEqual(Date.now() + 1_000)
    }
  })
})
