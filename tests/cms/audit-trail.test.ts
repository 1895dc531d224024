import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { startPublicApi, type PublicApi } from '../helpers/newsletter-person'
import { sql } from '../helpers/sql'

/**
 * Who changed, deleted or exported personal data: read back as administrators read it (Payload's REST API on the
 * audit-events collection), for staff in the admin, the person's own actions through the public API, and direct
 * SQL. Each event names fields, never values.
 */
const run = randomBytes(4).toString('hex')

type AuditEvent = {
  target: string
  documentId: number | null
  action: string
  changedFields: string | null
  detail: string | null
  actorKind: string
  actorId: number | null
  actorEmail: string | null
}
type Staff = { client: CmsClient; id: number; email: string }

describe('the audit trail of personal data', () => {
  let admin: CmsClient
  let handler: Staff
  let manager: Staff
  let editor: Staff
  let api: PublicApi
  const orderIds: number[] = []

  /** The events of one document (or of exports: documentId null), oldest first, without Payload's bookkeeping. */
  async function eventsOf(target: string, documentId: number | null): Promise<AuditEvent[]> {
    const where = documentId === null ? 'where[documentId][exists]=false' : `where[documentId][equals]=${documentId}`
    const { status, body } = await admin.get<{ docs: (AuditEvent & Record<string, unknown>)[] }>(`/api/audit-events?${where}&where[target][equals]=${target}&sort=id&limit=100`)
    expect(status).toBe(200)
    return body.docs.map(({ target, documentId, action, changedFields, detail, actorKind, actorId, actorEmail }) => ({
      target,
      documentId: documentId ?? null,
      action,
      changedFields: changedFields ?? null,
      detail: detail ?? null,
      actorKind,
      actorId: actorId ?? null,
      actorEmail: actorEmail ?? null,
    }))
  }
  const staffActor = (staff: Staff) => ({ actorKind: 'staff', actorId: staff.id, actorEmail: staff.email })
  const apiActor = { actorKind: 'api', actorId: null, actorEmail: null }

  beforeAll(async () => {
    admin = await CmsClient.asAdmin()
    handler = await createStaffUser(admin, ['order-handler'])
    manager = await createStaffUser(admin, ['subscriber-manager'])
    editor = await createStaffUser(admin, ['editor'])
    api = await startPublicApi()
  })
  afterAll(async () => {
    await api.stop()
    await sql("DELETE FROM nspm_api.outbox WHERE payload->>'orderId' = ANY($1)", [orderIds.map(String)])
    await sql('DELETE FROM material_orders WHERE id = ANY($1)', [orderIds])
  })

  it("records an order handler's changes with who, when and which fields, never the orderer's details", async () => {
    const email = `audited-${run}@example.org`
    // The order and its line in one statement (one transaction), as the API's intake writes them.
    const [order] = await sql<{ id: number }>(
      `WITH placed AS (
         INSERT INTO material_orders (order_number, status, locale, orderer_name, orderer_email, delivery_address_street, delivery_address_city, updated_at, created_at)
         VALUES ($1, 'received', 'sv', 'Anna Andersson', $2, 'Storgatan 1', 'Göteborg', now(), now()) RETURNING id),
       line AS (INSERT INTO material_orders_items (_order, _parent_id, id, publication_id, quantity) SELECT 1, placed.id, $3, (SELECT min(id) FROM publications), 5 FROM placed)
       SELECT id FROM placed`,
      [`A-${run}`, email, randomBytes(12).toString('hex')],
    )
    const id = order!.id
    orderIds.push(id)
    const started = Date.now()
    expect((await handler.client.request('PATCH', `/api/material-orders/${id}`, { status: 'shipped', handlerNote: 'Skickat med PostNord' })).status).toBe(200)
    // A refused rewrite is rolled back, its event with it.
    expect((await handler.client.request('PATCH', `/api/material-orders/${id}`, { orderer: { email: 'other@example.org' } })).status).toBe(400)

    const events = await eventsOf('material-orders', id)
    // The insert (direct SQL here: the database role), then the handler's save: Payload rewrites the items on every
    // save, which is no change and so not reported.
    expect(events).toEqual([
      {
        target: 'material-orders',
        documentId: id,
        action: 'create',
        changedFields: 'delivery_address_city, delivery_address_street, items, locale, order_number, orderer_email, orderer_name, status',
        detail: expect.stringMatching(/^role /),
        actorKind: 'database',
        actorId: null,
        actorEmail: null,
      },
      { target: 'material-orders', documentId: id, action: 'update', changedFields: 'handler_note, shipped_at, status', detail: null, ...staffActor(handler) },
    ])
    const [stored] = await sql<{ created_at: Date }>("SELECT max(created_at) AS created_at FROM audit_events WHERE target = 'material-orders' AND document_id = $1", [id])
    expect(stored!.created_at.getTime()).toBeGreaterThanOrEqual(started - 1000)
    expect(JSON.stringify(await sql('SELECT * FROM audit_events WHERE document_id = $1', [id]))).not.toMatch(/audited-|Anna|Storgatan|Göteborg|PostNord|other@/)
  })

  it("records the person's own actions through the public API: subscribe, confirm, preferences, erasure", async () => {
    const person = await api.subscribe()
    await api.request(
      gql`
        mutation ($token: String!) {
          confirmNewsletterSubscription(token: $token) {
            status
          }
        }
      `,
      { token: await person.token('confirm') },
    )
    const manage = await person.token('manage')
    await api.request(
      gql`
        mutation ($token: String!) {
          updateNewsletterPreferences(token: $token, topics: [EVENTS], locale: null) {
            topics
          }
        }
      `,
      { token: manage },
    )
    // The same topics again: saved, but nothing changed.
    await api.request(
      gql`
        mutation ($token: String!) {
          updateNewsletterPreferences(token: $token, topics: [EVENTS], locale: null) {
            topics
          }
        }
      `,
      { token: manage },
    )
    await api.request(
      gql`
        mutation ($token: String!) {
          eraseNewsletterSubscription(token: $token)
        }
      `,
      { token: manage },
    )
    const at = { target: 'newsletter-subscribers', documentId: person.id, detail: null, ...apiActor }
    expect(await eventsOf('newsletter-subscribers', person.id)).toEqual([
      { ...at, action: 'create', changedFields: 'consent_given_at, consent_source, consent_text_version, email, locale, status, topics' },
      { ...at, action: 'update', changedFields: 'confirmed_at, status' },
      { ...at, action: 'update', changedFields: 'topics' },
      { ...at, action: 'delete', changedFields: null },
    ])
  })

  it("records a subscriber manager's CSV export and delete", async () => {
    const [row] = await sql<{ id: number }>(
      "INSERT INTO newsletter_subscribers (email, status, locale, confirmed_at, updated_at, created_at) VALUES ($1, 'confirmed', 'sv', now(), now(), now()) RETURNING id",
      [`exported-${run}@example.org`],
    )
    const exported = await fetch(`${manager.client.baseUrl}/api/newsletter-subscribers/export?topic=events`, { headers: { authorization: `JWT ${manager.client.authToken}` } })
    expect(exported.status).toBe(200)
    const rows = (await exported.text()).trim().split('\r\n').length - 1
    expect((await manager.client.request('DELETE', `/api/newsletter-subscribers/${row!.id}`)).status).toBe(200)

    const exports = (await eventsOf('newsletter-subscribers', null)).filter((event) => event.actorId === manager.id)
    expect(exports).toEqual([
      {
        target: 'newsletter-subscribers',
        documentId: null,
        action: 'export',
        changedFields: 'email, locale, topics, confirmedAt',
        detail: `topic: events; rows: ${rows}`,
        ...staffActor(manager),
      },
    ])
    expect((await eventsOf('newsletter-subscribers', row!.id)).map((event) => ({ action: event.action, actorEmail: event.actorEmail }))).toEqual([
      { action: 'create', actorEmail: null },
      { action: 'delete', actorEmail: manager.email },
    ])
  })

  it('is readable by administrators only, and nobody writes it through Payload', async () => {
    for (const staff of [handler, manager, editor]) expect((await staff.client.get('/api/audit-events')).status).toBe(403)
    const [latest] = await sql<{ id: number; action: string }>('SELECT id, action FROM audit_events ORDER BY id DESC LIMIT 1')
    expect((await admin.request('POST', '/api/audit-events', { target: 'material-orders', action: 'export', actorKind: 'staff' })).status).toBe(403)
    expect((await admin.request('PATCH', `/api/audit-events/${latest!.id}`, { action: 'create' })).status).toBe(403)
    expect((await admin.request('DELETE', `/api/audit-events/${latest!.id}`)).status).toBe(403)
    expect(await sql('SELECT action FROM audit_events WHERE id = $1', [latest!.id])).toEqual([{ action: latest!.action }])
  })
})
