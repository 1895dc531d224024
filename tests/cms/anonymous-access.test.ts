import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient } from '../helpers/cms-client'
import { withClient } from '../helpers/test-database'

/** What anybody on the internet can get from Payload's own endpoints: published content, nothing personal. */
describe("Payload's REST and GraphQL endpoints without a login", () => {
  const anonymous = new CmsClient()
  let subscriberId: number
  let orderId: number

  beforeAll(async () => {
    // The public API writes these rows (issue 4); here they are inserted directly to have something to protect.
    await withClient(inject('databaseUrl'), async (db) => {
      const subscriber = await db.query<{ id: number }>(
        "INSERT INTO newsletter_subscribers (email, status, locale, updated_at, created_at) VALUES ('secret.person@example.org', 'confirmed', 'sv', now(), now()) RETURNING id",
      )
      subscriberId = subscriber.rows[0]!.id
      const order = await db.query<{ id: number }>(
        "INSERT INTO material_orders (order_number, status, locale, orderer_name, orderer_email, updated_at, created_at) VALUES ('T-0001', 'received', 'sv', 'Secret Person', 'secret.person@example.org', now(), now()) RETURNING id",
      )
      orderId = order.rows[0]!.id
    })
  })

  afterAll(async () => {
    await withClient(inject('databaseUrl'), async (db) => {
      await db.query('DELETE FROM newsletter_subscribers WHERE id = $1', [subscriberId])
      await db.query('DELETE FROM material_orders WHERE id = $1', [orderId])
    })
  })

  it.each([['/api/newsletter-subscribers'], ['/api/material-orders'], ['/api/users']])('refuses to list %s', async (path) => {
    const { status, body } = await anonymous.get(path)
    expect(status).toBe(403)
    expect(JSON.stringify(body)).not.toContain('secret.person')
  })

  it('refuses single subscriber, order and user documents by id', async () => {
    expect((await anonymous.get(`/api/newsletter-subscribers/${subscriberId}`)).status).toBe(403)
    expect((await anonymous.get(`/api/material-orders/${orderId}`)).status).toBe(403)
    expect((await anonymous.get('/api/users/1')).status).toBe(403)
  })

  it('refuses version histories, which contain drafts and editors', async () => {
    for (const collection of ['coordinators', 'regions', 'pages']) {
      expect((await anonymous.get(`/api/${collection}/versions`)).status).toBe(403)
    }
    expect((await anonymous.get('/api/globals/support-line/versions')).status).toBe(403)
  })

  it('serves published content without who edited or verified it', async () => {
    const { status, body } = await anonymous.get<{ docs: Record<string, unknown>[]; totalDocs: number }>('/api/coordinators?limit=100&depth=1')
    expect(status).toBe(200)
    expect(body.totalDocs).toBeGreaterThanOrEqual(7)
    for (const doc of body.docs) {
      expect(doc._status).toBe('published')
      expect(doc).not.toHaveProperty('updatedBy')
      expect(doc).not.toHaveProperty('verifiedBy')
    }
  })

  it('has no GraphQL types for subscribers or orders, and refuses users', async () => {
    const subscribers = await anonymous.graphql('{ NewsletterSubscribers { docs { email } } }')
    expect(subscribers.body.errors?.[0]?.message).toMatch(/Cannot query field/)
    const orders = await anonymous.graphql('{ MaterialOrders { docs { orderNumber } } }')
    expect(orders.body.errors?.[0]?.message).toMatch(/Cannot query field/)
    const users = await anonymous.graphql('{ Users { docs { email roles } } }')
    // Payload answers in the admin's default language, Swedish.
    expect(users.body.errors?.[0]?.message).toMatch(/not allowed|inte utföra/i)
    expect(JSON.stringify(users.body.data ?? {})).not.toContain('@')
  })

  it('answers GraphQL queries for published content', async () => {
    const { status, body } = await anonymous.graphql<{ Regions: { docs: { name: string; slug: string }[] } }>('{ Regions(limit: 20, locale: en) { docs { name slug } } }')
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.Regions.docs.map((region) => region.name).sort()).toEqual(['Bergslagen', 'Central', 'East', 'North', 'South', 'Stockholm', 'West'])
  })
})
