import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { registerEndpoint } from '../helpers/webhook-endpoints'

type ErrorBody = { errors?: { message: string }[] }
const run = randomBytes(3).toString('hex')

/** Partners' endpoints in the CMS: administrators only, and the signing secret shown once and never read back. */
describe('webhook endpoint secrets in the CMS', () => {
  let admin: CmsClient
  let editor: CmsClient
  const created: number[] = []

  beforeAll(async () => {
    const shared = await CmsClient.asAdmin()
    admin = (await createStaffUser(shared, ['admin'])).client
    editor = (await createStaffUser(shared, ['editor'])).client
  })
  afterAll(async () => {
    for (const id of created) await admin.request('DELETE', `/api/webhook-endpoints/${id}`)
  })

  const register = async (url: string, fields: Record<string, unknown> = {}) => {
    const result = await registerEndpoint(admin, { url, name: `Partner ${run}`, ...fields })
    created.push(result.id)
    return result
  }

  it('shows the signing secret once, never in any read, and seals it at rest', async () => {
    const response = await admin.request<{ doc: Record<string, unknown> }>('POST', '/api/webhook-endpoints', {
      name: `Hemlig ${run}`,
      url: 'https://partner.invalid/a',
      types: ['Coordinator', 'Page'],
    })
    expect(response.status).toBe(201)
    const id = response.body.doc.id as number
    const [{ start_after_change: start } = { start_after_change: null }] = await sql<{ start_after_change: string | null }>(
      'SELECT start_after_change FROM webhook_endpoints WHERE id = $1',
      [id],
    )
    const [{ latest } = { latest: null }] = await sql<{ latest: string | null }>('SELECT max(id) AS latest FROM content_changes')
    expect(Number(start)).toBeGreaterThan(0)
    expect(Number(start)).toBeLessThanOrEqual(Number(latest))
    const state = await admin.get<{ hasSecret: boolean; revealable: boolean }>(`/api/webhook-endpoints/${id}/secret-state`)
    expect(state.body).toMatchObject({ hasSecret: true, revealable: true })

    const revealed = await admin.request<{ secret: string }>('POST', `/api/webhook-endpoints/${id}/reveal-secret`)
    expect(revealed.status).toBe(200)
    const secret = revealed.body.secret
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32)
    const again = await admin.request<ErrorBody>('POST', `/api/webhook-endpoints/${id}/reveal-secret`)
    expect(again.status).toBe(410)
    expect(again.body.errors?.[0]?.message).toMatch(/visas bara en gång/)

    const reads = [
      response.body,
      (await admin.get(`/api/webhook-endpoints/${id}?depth=2`)).body,
      (await admin.get(`/api/webhook-endpoints?depth=2&limit=100`)).body,
      (await admin.get(`/api/webhook-endpoints/${id}/secret-state`)).body,
      (await admin.graphql(`{ WebhookEndpoint(id: ${id}) { id name url description contact types active allowPrivateNetwork startAfterChange updatedAt createdAt } }`)).body,
      (await admin.graphql(`{ WebhookEndpoints(limit: 100) { docs { id name url types } } }`)).body,
    ]
    const secretBytes = secret.slice(6)
    for (const read of reads) {
      const text = JSON.stringify(read)
      expect(text).not.toContain(secretBytes)
      expect(text).not.toContain('whsec_')
      expect(text).not.toMatch(/"sealed"|"secret"/)
    }
    // Payload's GraphQL schema has no field that could carry it.
    for (const field of ['secret', 'sealed', 'signingSecret']) {
      expect((await admin.graphql(`{ WebhookEndpoint(id: ${id}) { ${field} } }`)).body.errors?.[0]?.message).toMatch(/Cannot query field/)
    }

    // At rest: sealed, not the secret in any encoding.
    const [row] = await sql<{ sealed: string }>('SELECT sealed FROM nspm_api.webhook_secrets WHERE endpoint_id = $1', [id])
    expect(row?.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    for (const encoding of [secret, secretBytes, Buffer.from(secretBytes, 'base64').toString('hex'), Buffer.from(secretBytes, 'base64').toString('base64url')])
      expect(row?.sealed).not.toContain(encoding)

    // Deleting the endpoint deletes its secrets and deliveries.
    expect((await admin.request('DELETE', `/api/webhook-endpoints/${id}`)).status).toBe(200)
    expect(await sql('SELECT 1 FROM nspm_api.webhook_secrets WHERE endpoint_id = $1', [id])).toEqual([])
  })

  it('is for administrators only, the secret and the delivery log included', async () => {
    const { id } = await register('https://partner.invalid/c')
    const anonymous = new CmsClient()
    for (const client of [editor, anonymous]) {
      expect((await client.get('/api/webhook-endpoints')).status).toBe(403)
      expect((await client.get(`/api/webhook-endpoints/${id}`)).status).toBe(403)
      expect((await client.request('POST', '/api/webhook-endpoints', { name: 'x', url: 'https://partner.invalid/x' })).status).toBe(403)
    }
    for (const [method, path] of [
      ['POST', 'reveal-secret'],
      ['POST', 'rotate-secret'],
      ['GET', 'secret-state'],
      ['GET', 'deliveries'],
      ['POST', 'deliveries/resend-failed'],
      ['POST', 'deliveries/1/resend'],
    ] as const) {
      expect((await editor.request(method, `/api/webhook-endpoints/${id}/${path}`)).status, path).toBe(403)
      expect((await anonymous.request(method, `/api/webhook-endpoints/${id}/${path}`)).status, path).toBe(401)
    }
    expect((await admin.request('POST', '/api/webhook-endpoints/2000000000/rotate-secret')).status).toBe(404)
  })

  it('offers a secret only to those who see the form, and no secret in the admin page', async () => {
    const { id, secret } = await register('https://partner.invalid/d')
    const page = await fetch(`${inject('cmsUrl')}/admin/collections/webhook-endpoints/${id}`, { headers: { authorization: `JWT ${admin.authToken}` } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toContain(secret.slice(6))
    expect(html).toContain('Signeringsnyckel')
  })
})
