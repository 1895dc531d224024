import { beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, idOf, regionId, type CoordinatorDoc } from '../helpers/coordinators'

/** A regional editor reads like an editor and changes only the coordinators of the region on their account. */
describe('the regional editor role', () => {
  let admin: CmsClient
  let regional: { client: CmsClient; id: number }
  let syd: number
  let stockholm: number
  let own: CoordinatorDoc
  let foreign: CoordinatorDoc

  beforeAll(async () => {
    // An administrator of this file's own: parallel logins as the shared one can end its session (CmsClient.login).
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
    syd = await regionId(admin, 'syd')
    stockholm = await regionId(admin, 'stockholm')
    regional = await createStaffUser(admin, ['regional-editor'], { region: syd })
    own = await createCoordinator(admin, syd)
    foreign = await createCoordinator(admin, stockholm)
  })

  it('needs a region, which only an administrator sets', async () => {
    const missing = await admin.request('POST', '/api/users', {
      email: `no-region-${Date.now()}@test.nspm.localhost`,
      password: 'a-long-enough-password',
      roles: ['regional-editor'],
    })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toContain('region')
    await regional.client.request('PATCH', `/api/users/${regional.id}`, { region: stockholm, roles: ['editor'] })
    const { body } = await admin.get<{ region: number; roles: string[] }>(`/api/users/${regional.id}?depth=0`)
    expect(body.region).toBe(syd)
    expect(body.roles).toEqual(['regional-editor'])
  })

  it('reads coordinators, drafts and other content like an editor', async () => {
    const list = await regional.client.get<{ docs: CoordinatorDoc[] }>(`/api/coordinators?depth=0&limit=200&draft=true&where[id][in]=${own.id},${foreign.id}`)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => doc.id).sort()).toEqual([own.id, foreign.id].sort())
    expect((await regional.client.get('/api/coordinators/versions?limit=1')).status).toBe(200)
    expect((await regional.client.get('/api/organisations?limit=1')).status).toBe(200)
  })

  it("updates and deletes their own region's coordinators, not another region's", async () => {
    const updated = await regional.client.request('PATCH', `/api/coordinators/${own.id}?locale=sv`, { personName: 'Regional Redaktör' })
    expect(updated.status).toBe(200)
    const refused = await regional.client.request('PATCH', `/api/coordinators/${foreign.id}?locale=sv`, { personName: 'Obehörig' })
    expect(refused.status).toBe(403)
    expect((await regional.client.request('PATCH', `/api/coordinators/${foreign.id}?draft=true&locale=sv`, { personName: 'Obehörig' })).status).toBe(403)
    expect((await regional.client.request('DELETE', `/api/coordinators/${foreign.id}`)).status).toBe(403)
    const untouched = await admin.get<CoordinatorDoc & { personName?: string | null }>(`/api/coordinators/${foreign.id}?draft=true&depth=0`)
    expect(untouched.body.personName ?? null).toBeNull()
    const mine = await createCoordinator(admin, syd)
    expect((await regional.client.request('DELETE', `/api/coordinators/${mine.id}`)).status).toBe(200)
  })

  it('creates coordinators in their own region only', async () => {
    const created = await regional.client.request<{ doc: CoordinatorDoc }>('POST', '/api/coordinators?locale=sv', { title: 'Ny koordinator syd', region: syd, status: 'vacant' })
    expect(created.status).toBe(201)
    const elsewhere = await regional.client.request('POST', '/api/coordinators?locale=sv', { title: 'Ny koordinator stockholm', region: stockholm, status: 'vacant' })
    expect(elsewhere.status).toBe(403)
  })

  it('cannot move a coordinator into another region, as draft or published', async () => {
    for (const query of ['?locale=sv', '?draft=true&locale=sv']) {
      const moved = await regional.client.request<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>('PATCH', `/api/coordinators/${own.id}${query}`, {
        region: stockholm,
      })
      expect(moved.status, query).toBe(400)
      expect(moved.body.errors[0]?.data?.errors?.[0]).toMatchObject({ path: 'region', message: 'Du får bara lägga regionkoordinatorer i din egen region.' })
    }
    const stored = await admin.get<CoordinatorDoc>(`/api/coordinators/${own.id}?draft=true&depth=0`)
    expect(idOf(stored.body.region)).toBe(syd)
  })

  it('leaves everything else read-only', async () => {
    const organisations = await regional.client.get<{ docs: { id: number }[] }>('/api/organisations?limit=1&depth=0')
    expect((await regional.client.request('PATCH', `/api/organisations/${organisations.body.docs[0]!.id}`, { name: 'x' })).status).toBe(403)
    const regions = await regional.client.request('PATCH', `/api/regions/${syd}`, { name: 'Region Syd (ändrad)' })
    expect(regions.status).toBe(403)
    expect((await regional.client.request('POST', '/api/globals/support-line', { name: 'x' })).status).toBe(403)
    expect((await regional.client.request('POST', '/api/pages', { title: 'x', slug: 'x' })).status).toBe(403)
    expect((await regional.client.get('/api/newsletter-subscribers')).status).toBe(403)
  })

  it('lets an editor who is also a regional editor change every region', async () => {
    const both = await createStaffUser(admin, ['editor', 'regional-editor'], { region: syd })
    expect((await both.client.request('PATCH', `/api/coordinators/${foreign.id}?locale=sv`, { region: syd, personName: 'Redaktör' })).status).toBe(200)
  })
})
