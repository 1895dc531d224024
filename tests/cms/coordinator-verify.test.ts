import { beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, idOf, regionId, type CoordinatorDoc } from '../helpers/coordinators'

type Verified = { message: string; draft: boolean; doc: CoordinatorDoc }

/** POST /api/coordinators/:id/verify: who and when, with the caller's own rights, never publishing a draft. */
describe('marking a coordinator as verified', () => {
  const anonymous = new CmsClient()
  let admin: CmsClient
  let editor: { client: CmsClient; id: number }
  let stranger: { client: CmsClient; id: number }
  let local: { client: CmsClient; id: number }
  let vast: number

  beforeAll(async () => {
    admin = await CmsClient.asAdmin()
    vast = await regionId(admin, 'vast')
    editor = await createStaffUser(admin, ['editor'])
    local = await createStaffUser(admin, ['regional-editor'], { region: vast })
    stranger = await createStaffUser(admin, ['regional-editor'], { region: await regionId(admin, 'nord') })
  })

  it('records the caller and the time, and the public API shows the new date', async () => {
    const coordinator = await createCoordinator(admin, vast)
    expect(coordinator.lastVerifiedAt ?? null).toBeNull()
    const before = Date.now()
    const { status, body } = await editor.client.request<Verified>('POST', `/api/coordinators/${coordinator.id}/verify`)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.draft).toBe(false)
    expect(body.message).toBe('Markerad som kontrollerad.')
    const stored = await admin.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?depth=0`)
    expect(idOf(stored.body.verifiedBy)).toBe(editor.id)
    const at = Date.parse(stored.body.lastVerifiedAt ?? '')
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now() + 1000)
    expect(stored.body._status).toBe('published')
    const published = await anonymous.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}`)
    expect(published.body.lastVerifiedAt).toBe(stored.body.lastVerifiedAt)
  })

  it('answers in English when the admin speaks English', async () => {
    const coordinator = await createCoordinator(admin, vast)
    const response = await fetch(`${editor.client.baseUrl}/api/coordinators/${coordinator.id}/verify`, {
      method: 'POST',
      headers: { authorization: `JWT ${editor.client.authToken}`, 'accept-language': 'en' },
    })
    expect(((await response.json()) as Verified).message).toBe('Marked as verified.')
  })

  it('lets a regional editor verify their own region and refuses another region and anonymous callers', async () => {
    const coordinator = await createCoordinator(admin, vast)
    expect((await anonymous.request('POST', `/api/coordinators/${coordinator.id}/verify`)).status).toBe(401)
    expect((await stranger.client.request('POST', `/api/coordinators/${coordinator.id}/verify`)).status).toBe(403)
    const unchanged = await admin.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?depth=0`)
    expect(unchanged.body.lastVerifiedAt ?? null).toBeNull()
    expect((await local.client.request('POST', `/api/coordinators/${coordinator.id}/verify`)).status).toBe(200)
    const verified = await admin.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?depth=0`)
    expect(idOf(verified.body.verifiedBy)).toBe(local.id)
    expect((await editor.client.request('POST', '/api/coordinators/2000000000/verify')).status).toBe(404)
  })

  it('keeps unpublished draft changes unpublished and verifies the draft', async () => {
    const coordinator = await createCoordinator(admin, vast)
    const draft = await editor.client.request('PATCH', `/api/coordinators/${coordinator.id}?draft=true&locale=sv`, {
      phones: [{ number: '031-999 99 99', type: 'office' }],
    })
    expect(draft.status).toBe(200)
    const { status, body } = await editor.client.request<Verified>('POST', `/api/coordinators/${coordinator.id}/verify?locale=sv`)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.draft).toBe(true)

    // The public still gets the published number (and no verification yet): nothing was published.
    const published = await anonymous.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?locale=sv`)
    expect(published.status).toBe(200)
    expect(published.body.phones?.map((phone) => phone.number)).toEqual(['010-123 45 67'])
    expect(published.body.lastVerifiedAt ?? null).toBeNull()
    // The editor's latest version has both the draft's number and the verification.
    const latest = await editor.client.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?draft=true&depth=0&locale=sv`)
    expect(latest.body._status).toBe('draft')
    expect(latest.body.phones?.map((phone) => phone.number)).toEqual(['031-999 99 99'])
    expect(idOf(latest.body.verifiedBy)).toBe(editor.id)
    expect(latest.body.lastVerifiedAt).toBeTruthy()

    // Publishing the draft publishes its verification with it.
    const publish = await editor.client.request('PATCH', `/api/coordinators/${coordinator.id}?locale=sv`, { _status: 'published' })
    expect(publish.status).toBe(200)
    const after = await anonymous.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?locale=sv`)
    expect(after.body.lastVerifiedAt).toBe(latest.body.lastVerifiedAt)
  })

  it('does not publish a coordinator that was never published', async () => {
    const coordinator = await createCoordinator(admin, vast, { draft: true })
    expect((await editor.client.request('POST', `/api/coordinators/${coordinator.id}/verify`)).status).toBe(200)
    expect([403, 404]).toContain((await anonymous.get(`/api/coordinators/${coordinator.id}`)).status)
    const latest = await editor.client.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?draft=true&depth=0`)
    expect(latest.body._status).toBe('draft')
    expect(idOf(latest.body.verifiedBy)).toBe(editor.id)
  })

  it('ignores who and when sent by hand: only the button records them', async () => {
    const coordinator = await createCoordinator(admin, vast)
    const patched = await editor.client.request('PATCH', `/api/coordinators/${coordinator.id}`, { lastVerifiedAt: '2099-01-01T00:00:00.000Z', verifiedBy: editor.id })
    expect(patched.status).toBe(200)
    const stored = await admin.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?depth=0`)
    expect(stored.body.lastVerifiedAt ?? null).toBeNull()
    expect(stored.body.verifiedBy ?? null).toBeNull()
    // A later edit keeps a real verification.
    await editor.client.request('POST', `/api/coordinators/${coordinator.id}/verify`)
    const verified = await admin.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?depth=0`)
    await editor.client.request('PATCH', `/api/coordinators/${coordinator.id}`, { lastVerifiedAt: null, personName: 'Ny person' })
    const kept = await admin.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?depth=0`)
    expect(kept.body.lastVerifiedAt).toBe(verified.body.lastVerifiedAt)
  })
})
