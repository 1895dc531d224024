import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { startWebhookApi, type WebhookApi } from '../helpers/webhook-api'
import { deliveriesOf, registerEndpoint, switchOff, type DeliveryRow, type EndpointInput } from '../helpers/webhook-endpoints'
import { WebhookReceiver } from '../helpers/webhook-receiver'
import { waitFor } from '../mail/helpers'

/**
 * Webhooks end to end: editors publish in the real CMS, the database records the change, the API's webhook worker
 * (in this process, short retry intervals, a 2 s attempt timeout) queues and signs the delivery, and a real HTTP
 * receiver verifies it with the `standardwebhooks` package. The only webhook worker of the suite runs here.
 */
const TIMEOUT_MS = 2_000
const run = randomBytes(3).toString('hex')
let counter = 0

describe('webhook delivery', () => {
  let api: WebhookApi
  let admin: CmsClient
  let editor: CmsClient
  const cleanups: (() => Promise<unknown>)[] = []
  const later = (cleanup: () => Promise<unknown>) => cleanups.push(cleanup)

  beforeAll(async () => {
    api = await startWebhookApi({ timeoutMs: TIMEOUT_MS })
    const shared = await CmsClient.asAdmin()
    admin = (await createStaffUser(shared, ['admin'])).client
    editor = (await createStaffUser(shared, ['editor'])).client
  })
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  afterAll(async () => {
    await api?.stop()
  })

  const receiver = async (port?: number) => {
    const started = await new WebhookReceiver().start(port)
    later(() => started.stop())
    return started
  }
  const endpoint = async (url: string, options: Omit<EndpointInput, 'url'> = {}) => {
    const registered = await registerEndpoint(admin, { url, types: ['Concept'], allowPrivateNetwork: true, ...options })
    later(() => switchOff(registered.id))
    return registered
  }
  const publishConcept = async () => {
    counter += 1
    const created = await editor.request<{ doc: { id: number } }>('POST', '/api/concepts', {
      term: `Webhookbegrepp ${run} ${counter}`,
      slug: `webhookbegrepp-${run}-${counter}`,
      definition: 'Publicerat för ett webhooktest.',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    later(() => editor.request('DELETE', `/api/concepts/${id}`))
    return id
  }
  const rowsFor = async (endpointId: number, documentId: number): Promise<DeliveryRow[]> => (await deliveriesOf(endpointId)).filter((row) => row.document_id === documentId)

  it('signs and delivers publish, update, unpublish and delete in order, only to endpoints that want the type', async () => {
    const partner = await receiver()
    const concepts = await endpoint(partner.url())
    const coordinatorsOnly = await endpoint(partner.url(), { types: ['Coordinator'] })
    partner.secrets = [concepts.secret, coordinatorsOnly.secret]
    const before = Number((await sql<{ id: string | null }>('SELECT max(id) AS id FROM content_changes'))[0]?.id ?? 0)

    const id = await publishConcept()
    expect((await editor.request('PATCH', `/api/concepts/${id}?draft=true`, { definition: 'Bara ett utkast.' })).status).toBe(200)
    expect((await editor.request('PATCH', `/api/concepts/${id}`, { definition: 'En publicerad ändring.', _status: 'published' })).status).toBe(200)
    expect((await editor.request('PATCH', `/api/concepts/${id}`, { _status: 'draft' })).status).toBe(200)
    expect((await editor.request('PATCH', `/api/concepts/${id}`, { _status: 'published' })).status).toBe(200)
    expect((await editor.request('DELETE', `/api/concepts/${id}`)).status).toBe(200)

    await waitFor(() => partner.eventsFor('Concept', id).length === 5, 30_000)
    const events = partner.eventsFor('Concept', id)
    // The draft save is not public, so it is no event.
    expect(events.map((event) => event.body.type)).toEqual(['concept.created', 'concept.updated', 'concept.unpublished', 'concept.created', 'concept.deleted'])
    const logged = await sql<{ id: string; action: string; changed_at: Date }>(
      'SELECT id, action, changed_at FROM content_changes WHERE type = $1 AND document_id = $2 AND id > $3 ORDER BY id',
      ['Concept', id, before],
    )
    expect(events.map((event) => event.body)).toEqual(
      logged.map((change) => ({
        type: `concept.${change.action.toLowerCase()}`,
        timestamp: new Date(change.changed_at).toISOString(),
        data: { type: 'Concept', id: String(id), action: change.action, changeId: String(change.id) },
      })),
    )
    // The receiver records an event before it answers; the row is marked after the answer.
    await waitFor(async () => (await rowsFor(concepts.id, id)).every((row) => row.status === 'delivered'), 10_000)
    const rows = await rowsFor(concepts.id, id)
    expect(rows).toHaveLength(5)
    expect(rows.every((row) => row.status === 'delivered' && row.attempts === 1 && row.last_status === 204 && row.last_error === null)).toBe(true)
    expect(events.map((event) => event.webhookId)).toEqual(rows.map((row) => `msg_${row.id}`))
    for (const event of events) {
      expect(event.headers['content-type']).toBe('application/json')
      expect(Math.abs(event.webhookTimestamp - Date.now() / 1000)).toBeLessThan(300)
      expect(String(event.headers['webhook-signature'])).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
    }
    expect(partner.rejected).toEqual([])
    expect(await rowsFor(coordinatorsOnly.id, id)).toEqual([])
  }, 90_000)

  it('keeps the events while the receiver is down and delivers each exactly once when it is back', async () => {
    const partner = await receiver()
    const port = partner.port
    await partner.stop()
    const registered = await endpoint(partner.url())
    partner.secrets = [registered.secret]
    const ids = [await publishConcept(), await publishConcept(), await publishConcept()]
    const mine = async () => (await deliveriesOf(registered.id)).filter((row) => ids.includes(row.document_id))

    await waitFor(async () => (await mine()).filter((row) => row.attempts >= 2).length === 3, 30_000)
    for (const row of await mine()) {
      expect(row.status).toBe('pending')
      expect(row.last_error).toBe('connection-refused (ECONNREFUSED)')
    }
    await partner.start(port)
    await waitFor(async () => (await mine()).every((row) => row.status === 'delivered'), 30_000)
    await api.drain()
    for (const id of ids) expect(partner.eventsFor('Concept', id).map((event) => event.body.type)).toEqual(['concept.created'])
    expect(partner.rejected).toEqual([])
  }, 90_000)

  it('gives up on a receiver that answers too slowly, retries it, and delivers to others meanwhile', async () => {
    const slow = await receiver()
    const fast = await receiver()
    // The first request of each event waits far past the worker's timeout; the retry is answered at once.
    slow.behaviour = ({ seen }) => ({ status: 204, delayMs: seen === 0 ? TIMEOUT_MS * 4 : 0 })
    const slowEndpoint = await endpoint(slow.url())
    const fastEndpoint = await endpoint(fast.url())
    slow.secrets = [slowEndpoint.secret]
    fast.secrets = [fastEndpoint.secret]
    const id = await publishConcept()

    await waitFor(() => slow.eventsFor('Concept', id).length === 1, 30_000)
    const [slowRow] = await rowsFor(slowEndpoint.id, id)
    expect(slowRow).toMatchObject({ status: 'delivered', attempts: 2 })
    const webhookId = `msg_${slowRow?.id}`
    expect(slow.requests.filter((request) => request === webhookId)).toHaveLength(2)
    // The worker closed the first attempt (its timeout) and logged why; the fast partner had its event before that.
    const abandoned = slow.abandoned.find((request) => request.webhookId === webhookId)
    expect(abandoned).toBeDefined()
    const fastEvent = fast.eventsFor('Concept', id)[0]
    expect(fastEvent).toBeDefined()
    expect(fastEvent!.at).toBeLessThan(abandoned!.at)
    const warnings = api.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.deliveryId === Number(slowRow?.id))
    expect(warnings).toContainEqual(expect.objectContaining({ msg: 'webhook not delivered', error: 'timeout', attempts: 1 }))
  }, 90_000)

  it('marks a delivery failed after 24 hours of failures, and "send again" in the CMS delivers it', async () => {
    const partner = await receiver()
    const port = partner.port
    await partner.stop()
    const registered = await endpoint(partner.url(), { name: `Nere ${run}` })
    partner.secrets = [registered.secret]
    const id = await publishConcept()
    await waitFor(async () => ((await rowsFor(registered.id, id))[0]?.attempts ?? 0) >= 2, 30_000)
    const [row] = await rowsFor(registered.id, id)
    expect(row?.status).toBe('pending')

    // A day of failures, without waiting a day: the delivery was queued 25 hours ago.
    await sql("UPDATE nspm_api.webhook_deliveries SET created_at = now() - interval '25 hours', retry_since = now() - interval '25 hours', next_attempt_at = now() WHERE id = $1", [
      row!.id,
    ])
    await waitFor(async () => (await rowsFor(registered.id, id))[0]?.status === 'failed', 30_000)
    const failed = (await rowsFor(registered.id, id))[0]!
    expect(failed.last_error).toBe('connection-refused (ECONNREFUSED)')
    await api.drain()
    expect((await rowsFor(registered.id, id))[0]).toEqual(failed)

    // The administrators' dashboard names the failing endpoint and links to its delivery log.
    const dashboard = await fetch(`${inject('cmsUrl')}/admin`, { headers: { authorization: `JWT ${admin.authToken}` } })
    const html = await dashboard.text()
    expect(html).toContain('Webhooks till partner')
    expect(html).toContain(`href="/admin/collections/webhook-endpoints/${registered.id}"`)

    // Only administrators send again; the delivery log says what happened.
    expect((await editor.request('POST', `/api/webhook-endpoints/${registered.id}/deliveries/${failed.id}/resend`)).status).toBe(403)
    expect((await admin.request('POST', `/api/webhook-endpoints/${registered.id}/deliveries/999999999/resend`)).status).toBe(404)
    const log = await admin.get<{ docs: { id: string; eventType: string; status: string; attempts: number; lastError: string }[] }>(
      `/api/webhook-endpoints/${registered.id}/deliveries`,
    )
    expect(log.body.docs.find((entry) => entry.id === failed.id)).toMatchObject({ eventType: 'concept.created', status: 'failed', lastError: 'connection-refused (ECONNREFUSED)' })
    expect(JSON.stringify(log.body)).not.toContain('whsec_')

    await partner.start(port)
    const resent = await admin.request<{ queued: number }>('POST', `/api/webhook-endpoints/${registered.id}/deliveries/${failed.id}/resend`)
    expect(resent.status).toBe(200)
    expect(resent.body.queued).toBe(1)
    await waitFor(() => partner.eventsFor('Concept', id).length === 1, 30_000)
    expect(partner.eventsFor('Concept', id)[0]?.webhookId).toBe(`msg_${failed.id}`)
    await waitFor(async () => (await rowsFor(registered.id, id))[0]?.status === 'delivered', 10_000)
    expect((await rowsFor(registered.id, id))[0]?.attempts).toBe(1)
  }, 120_000)

  it('stops at once when the receiver answers 410 Gone', async () => {
    const partner = await receiver()
    partner.behaviour = () => ({ status: 410 })
    const registered = await endpoint(partner.url())
    partner.secrets = [registered.secret]
    const id = await publishConcept()
    await waitFor(async () => (await rowsFor(registered.id, id))[0]?.status === 'failed', 30_000)
    expect((await rowsFor(registered.id, id))[0]).toMatchObject({ attempts: 1, last_status: 410, last_error: 'gone' })
  }, 60_000)

  it('refuses at delivery a host that now resolves to an internal address, and sends nothing there', async () => {
    const partner = await receiver()
    // Saved while its name resolved to nothing internal; now the name answers with loopback (as a rebinding DNS
    // would): the stored URL is pointed at `localhost`, which the save-time check never saw.
    const registered = await endpoint('https://partner.invalid/hooks/nspm', { allowPrivateNetwork: false })
    partner.secrets = [registered.secret]
    await sql('UPDATE webhook_endpoints SET url = $1 WHERE id = $2', [partner.url('localhost'), registered.id])
    const id = await publishConcept()
    await waitFor(async () => ((await rowsFor(registered.id, id))[0]?.attempts ?? 0) >= 2, 30_000)
    expect((await rowsFor(registered.id, id))[0]).toMatchObject({ status: 'pending', last_error: 'address-refused (loopback)', last_status: null })
    expect(partner.requests).toEqual([])

    // The same endpoint with private addresses allowed: the address, not the network, was what stopped it.
    await sql('UPDATE webhook_endpoints SET allow_private_network = true WHERE id = $1', [registered.id])
    await waitFor(() => partner.eventsFor('Concept', id).length === 1, 30_000)
  }, 90_000)

  it('signs with the old and the new secret during a rotation, and with the new one only after "retire now"', async () => {
    const partner = await receiver()
    const registered = await endpoint(partner.url())
    const rotated = await admin.request<{ secret: string }>('POST', `/api/webhook-endpoints/${registered.id}/rotate-secret`, {})
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).not.toBe(registered.secret)
    partner.secrets = [registered.secret]
    const first = await publishConcept()
    await waitFor(() => partner.eventsFor('Concept', first).length === 1, 30_000)
    const overlap = partner.eventsFor('Concept', first)[0]!
    expect(String(overlap.headers['webhook-signature']).split(' ')).toHaveLength(2)
    expect(() => new Webhook(rotated.body.secret).verify(overlap.raw, overlap.headers as Record<string, string>)).not.toThrow()

    const retired = await admin.request<{ secret: string }>('POST', `/api/webhook-endpoints/${registered.id}/rotate-secret`, { retirePreviousNow: true })
    partner.secrets = [retired.body.secret]
    const second = await publishConcept()
    await waitFor(() => partner.eventsFor('Concept', second).length === 1, 30_000)
    const after = partner.eventsFor('Concept', second)[0]!
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1)
    for (const old of [registered.secret, rotated.body.secret]) {
      expect(() => new Webhook(old).verify(after.raw, after.headers as Record<string, string>)).toThrow()
    }
  }, 90_000)
})
