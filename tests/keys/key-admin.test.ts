import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { API_KEY_SCAN_PATTERN } from '../../cms/api-keys/key'
import { createKey } from '../helpers/api-keys'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

type ErrorBody = { errors?: { message: string }[] }

/** Partner keys in the CMS: administrators only, the key made on the server, shown once and stored as its hash. */
describe('partner API keys in the CMS', () => {
  let admin: CmsClient
  let editor: CmsClient
  const created: number[] = []

  beforeAll(async () => {
    const shared = await CmsClient.asAdmin()
    admin = (await createStaffUser(shared, ['admin'])).client
    editor = (await createStaffUser(shared, ['editor'])).client
  })
  afterAll(async () => {
    for (const id of created) await admin.request('DELETE', `/api/api-keys/${id}`)
  })

  it('shows the key once, in the answer that makes it, and never in any read', async () => {
    const document = await admin.request<{ doc: Record<string, unknown> }>('POST', '/api/api-keys', {
      name: 'Region Testland – kontaktkatalog',
      contact: { organisation: 'Region Testland', email: 'it@region-testland.example.org' },
      quota: { queriesPerMinute: 1234.4 },
    })
    expect(document.status).toBe(201)
    const id = document.body.doc.id as number
    created.push(id)
    // Defaults and the state only the system writes; nothing key-like yet.
    expect(document.body.doc).toMatchObject({ status: 'active', quota: { queriesPerMinute: 1234, submitsOnBehalf: false, ordersPerHour: 100, subscriptionsPerHour: 200 } })
    expect(document.body.doc.keyPrefix ?? null).toBeNull()
    expect((await admin.get(`/api/api-keys/${id}/key-state`)).body).toMatchObject({ hasSecret: false, revealable: true, publicName: null })

    const issued = await admin.request<{ secret: string; state: { publicName: string } }>('POST', `/api/api-keys/${id}/issue-key`)
    expect(issued.status).toBe(200)
    const key = issued.body.secret
    const [, publicId] = /^nspm_([0-9a-f]{12})_[0-9a-f]{64}$/.exec(key) ?? []
    expect(publicId).toBeDefined()
    // What the README gives secret scanners finds it in a leaked file.
    expect(`export NSPM_API_KEY=${key} # leaked`.match(new RegExp(API_KEY_SCAN_PATTERN, 'g'))).toEqual([key])
    expect(issued.body.state).toMatchObject({ hasSecret: true, revealable: false, publicName: `nspm_${publicId}` })
    const again = await admin.request<ErrorBody>('POST', `/api/api-keys/${id}/issue-key`)
    expect(again.status).toBe(409)
    expect(again.body.errors?.[0]?.message).toMatch(/kan inte visas igen/)

    const secretPart = key.slice(`nspm_${publicId}_`.length)
    const hash = createHash('sha256').update(key).digest('hex')
    const reads = [
      (await admin.get(`/api/api-keys/${id}?depth=2`)).body,
      (await admin.get('/api/api-keys?depth=2&limit=100')).body,
      (await admin.get(`/api/api-keys/${id}/key-state`)).body,
      (await admin.get(`/api/api-keys/${id}/usage`)).body,
      (await admin.request('PATCH', `/api/api-keys/${id}`, { note: 'Avtal 2026-17' })).body,
      (await admin.graphql(`{ ApiKey(id: ${id}) { id name keyPrefix status issuedAt quota { queriesPerMinute } contact { email } note } }`)).body,
      (await admin.graphql('{ ApiKeys(limit: 100) { docs { id name keyPrefix status } } }')).body,
    ]
    for (const read of reads) {
      const text = JSON.stringify(read)
      expect(text).not.toContain(secretPart)
      expect(text).not.toContain(hash)
      expect(text).not.toMatch(/"keyHash"|"key_hash"|"secret"/)
    }
    expect(JSON.stringify(reads[0])).toContain(`nspm_${publicId}`)
    // Payload's GraphQL schema has no field that could carry it, and the hash cannot be searched for.
    for (const field of ['keyHash', 'key', 'secret', 'hash'])
      expect((await admin.graphql(`{ ApiKey(id: ${id}) { ${field} } }`)).body.errors?.[0]?.message, field).toMatch(/Cannot query field/)
    const probe = await admin.get<{ docs?: unknown[] }>(`/api/api-keys?where[keyHash][equals]=${hash}`)
    expect(probe.body.docs ?? []).toEqual([])

    // At rest: the SHA-256 of the whole key in the API's table, Payload's row only names it; the key in no column.
    expect(await sql('SELECT hash FROM nspm_api.api_key_hashes WHERE key_id = $1', [id])).toEqual([{ hash }])
    const [row] = await sql<Record<string, unknown>>('SELECT * FROM api_keys WHERE id = $1', [id])
    expect(row?.key_prefix).toBe(`nspm_${publicId}`)
    expect(JSON.stringify(row)).not.toContain(secretPart)
    expect(JSON.stringify(row)).not.toContain(hash)
  })

  it('revokes once, records who and when, and deletes a key with its usage', async () => {
    const { id } = await createKey(admin)
    created.push(id)
    const revoked = await admin.request<{ message: string }>('POST', `/api/api-keys/${id}/revoke`)
    expect(revoked.status).toBe(200)
    expect(revoked.body.message).toMatch(/återkallad/)
    const doc = (await admin.get<{ status: string; revokedAt: string; revokedBy: number }>(`/api/api-keys/${id}?depth=0`)).body
    expect(doc.status).toBe('revoked')
    expect(Date.now() - new Date(doc.revokedAt).getTime()).toBeLessThan(60_000)
    expect(doc.revokedBy).toEqual(expect.any(Number))
    expect((await admin.request('POST', `/api/api-keys/${id}/revoke`)).status).toBe(409)
    // Final: neither a form save nor another "Create the key" brings it back.
    await admin.request('PATCH', `/api/api-keys/${id}`, { status: 'active', revokedAt: null, keyPrefix: null })
    expect((await admin.get<{ status: string }>(`/api/api-keys/${id}?depth=0`)).body.status).toBe('revoked')
    expect((await admin.request('POST', `/api/api-keys/${id}/issue-key`)).status).toBe(409)

    await sql('INSERT INTO nspm_api.api_key_usage (key_id, day, requests) VALUES ($1, current_date, 5)', [id])
    expect((await admin.request('DELETE', `/api/api-keys/${id}`)).status).toBe(200)
    expect(await sql('SELECT 1 FROM nspm_api.api_key_usage WHERE key_id = $1', [id])).toEqual([])
    expect(await sql('SELECT 1 FROM nspm_api.api_key_hashes WHERE key_id = $1', [id])).toEqual([])
  })

  it('is for administrators only, the key and its usage included', async () => {
    const { id } = await createKey(admin)
    created.push(id)
    const anonymous = new CmsClient()
    for (const client of [editor, anonymous]) {
      expect((await client.get('/api/api-keys')).status).toBe(403)
      expect((await client.get(`/api/api-keys/${id}`)).status).toBe(403)
      expect((await client.request('POST', '/api/api-keys', { name: 'x', contact: { organisation: 'x', email: 'x@example.org' } })).status).toBe(403)
    }
    for (const [method, path] of [
      ['POST', 'issue-key'],
      ['GET', 'key-state'],
      ['POST', 'revoke'],
      ['GET', 'usage'],
    ] as const) {
      expect((await editor.request(method, `/api/api-keys/${id}/${path}`)).status, path).toBe(403)
      expect((await anonymous.request(method, `/api/api-keys/${id}/${path}`)).status, path).toBe(401)
    }
    expect((await admin.request('POST', '/api/api-keys/2000000000/revoke')).status).toBe(404)
    const page = await fetch(`${inject('cmsUrl')}/admin/collections/api-keys/${id}`, { headers: { authorization: `JWT ${admin.authToken}` } })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Nyckel')
  })
})
