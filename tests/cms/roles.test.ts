import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { withClient } from '../helpers/test-database'

/** Roles decide who sees personal data: an editor edits content, and reads subscribers only with that role. */
describe('staff roles', () => {
  let admin: CmsClient
  let editor: { client: CmsClient; id: number }
  let subscriberId: number

  beforeAll(async () => {
    admin = await CmsClient.asAdmin()
    editor = await createStaffUser(admin, ['editor'])
    await withClient(inject('databaseUrl'), async (db) => {
      const { rows } = await db.query<{ id: number }>(
        "INSERT INTO newsletter_subscribers (email, status, locale, updated_at, created_at) VALUES ('roles.test@example.org', 'pending', 'sv', now(), now()) RETURNING id",
      )
      subscriberId = rows[0]!.id
    })
  })

  afterAll(async () => {
    await withClient(inject('databaseUrl'), (db) => db.query('DELETE FROM newsletter_subscribers WHERE id = $1', [subscriberId]))
  })

  it('lets an editor edit and publish a coordinator', async () => {
    const { body } = await editor.client.get<{ docs: { id: number }[] }>('/api/coordinators?where[region.slug][equals]=syd&depth=0')
    const id = body.docs[0]!.id
    const { status } = await editor.client.request('PATCH', `/api/coordinators/${id}?locale=sv`, {
      phones: [{ number: '040-34 10 00', type: 'switchboard' }],
      _status: 'published',
    })
    expect(status).toBe(200)
    const published = await new CmsClient().get<{ phones: { number: string }[] }>(`/api/coordinators/${id}`)
    expect(published.body.phones.map((phone) => phone.number)).toEqual(['040-34 10 00'])
  })

  it('refuses subscribers and orders to an editor', async () => {
    expect((await editor.client.get('/api/newsletter-subscribers')).status).toBe(403)
    expect((await editor.client.get(`/api/newsletter-subscribers/${subscriberId}`)).status).toBe(403)
    expect((await editor.client.get('/api/material-orders')).status).toBe(403)
  })

  it('does not let an editor grant themselves a role', async () => {
    await editor.client.request('PATCH', `/api/users/${editor.id}`, { roles: ['editor', 'subscriber-manager', 'admin'] })
    const { body } = await admin.get<{ roles: string[] }>(`/api/users/${editor.id}`)
    expect(body.roles).toEqual(['editor'])
    expect((await editor.client.get('/api/users?limit=100')).body).toMatchObject({ totalDocs: 1 })
  })

  it('makes a regional editor only with a region, and only an administrator sets it', async () => {
    const { body: regions } = await admin.get<{ docs: { id: number }[] }>('/api/regions?limit=2&depth=0&sort=id')
    const [first, second] = regions.docs.map((region) => region.id)
    await editor.client.request('PATCH', `/api/users/${editor.id}`, { region: first })
    expect((await admin.get<{ region?: number | null }>(`/api/users/${editor.id}?depth=0`)).body.region ?? null).toBeNull()
    expect((await admin.request('PATCH', `/api/users/${editor.id}`, { roles: ['editor', 'regional-editor'] })).status).toBe(400)
    expect((await admin.request('PATCH', `/api/users/${editor.id}`, { roles: ['editor', 'regional-editor'], region: second })).status).toBe(200)
    expect((await admin.request('PATCH', `/api/users/${editor.id}`, { roles: ['editor'] })).status).toBe(200)
  })

  it('shows subscribers once an administrator gives the editor the subscriber role', async () => {
    const granted = await admin.request('PATCH', `/api/users/${editor.id}`, { roles: ['editor', 'subscriber-manager'] })
    expect(granted.status).toBe(200)
    // Same session: Payload reads the user's roles from the database on every request.
    const { status, body } = await editor.client.get<{ email: string }>(`/api/newsletter-subscribers/${subscriberId}`)
    expect(status).toBe(200)
    expect(body.email).toBe('roles.test@example.org')
  })
})
