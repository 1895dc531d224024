import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { adminPage, CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, idOf, regionId, type CoordinatorDoc } from '../helpers/coordinators'

type List = { docs: (CoordinatorDoc & { hostMunicipality?: number | null })[]; totalDocs: number }

/** The coordinators list and the dashboard panel: what an editor needs to keep contact details current. */
describe('coordinators in the admin', () => {
  let admin: CmsClient
  let editor: CmsClient
  let stockholm: number
  let never: CoordinatorDoc
  const person = `Person ${randomBytes(4).toString('hex')}`

  beforeAll(async () => {
    // An administrator of this file's own: parallel logins as the shared one can end its session (CmsClient.login).
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
    editor = (await createStaffUser(admin, ['editor'])).client
    stockholm = await regionId(admin, 'stockholm')
    never = await createCoordinator(admin, stockholm, { data: { personName: person } })
  })

  it('sorts the list by region, host municipality and last verification, as the admin asks (draft=true)', async () => {
    for (const [sort, key] of [
      ['region', 'region'],
      ['-region', 'region'],
      ['hostMunicipality', 'hostMunicipality'],
      ['lastVerifiedAt', 'lastVerifiedAt'],
    ] as const) {
      const { status, body } = await editor.get<List>(`/api/coordinators?draft=true&depth=0&limit=100&sort=${sort}`)
      expect(status, sort).toBe(200)
      const values = body.docs.map((doc) => (key === 'lastVerifiedAt' ? doc.lastVerifiedAt : idOf(doc[key]))).filter((value) => value !== null && value !== undefined)
      const sorted = [...values].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0))
      expect(values, sort).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted)
    }
  })

  it('filters the list by region, post status and last verification', async () => {
    const byRegion = await editor.get<List>(`/api/coordinators?draft=true&depth=0&limit=100&where[region][equals]=${stockholm}`)
    expect(byRegion.body.docs.length).toBeGreaterThan(0)
    expect(byRegion.body.docs.every((doc) => idOf(doc.region) === stockholm)).toBe(true)
    const byStatus = await editor.get<List>('/api/coordinators?draft=true&depth=0&limit=100&where[status][equals]=details-pending')
    expect(byStatus.status).toBe(200)
    const neverVerified = await editor.get<List>(`/api/coordinators?draft=true&depth=0&where[lastVerifiedAt][exists]=false&where[id][equals]=${never.id}`)
    expect(neverVerified.body.totalDocs).toBe(1)
    const before = await editor.get<List>(`/api/coordinators?draft=true&depth=0&where[lastVerifiedAt][less_than]=2000-01-01T00:00:00.000Z`)
    expect(before.status).toBe(200)
    expect(before.body.totalDocs).toBe(0)
  })

  it('marks never-verified coordinators in the list and finds them by person name', async () => {
    const other = await createCoordinator(admin, stockholm, { data: { personName: 'Någon annan' } })
    const html = await adminPage(editor, `/admin/collections/coordinators?search=${encodeURIComponent(person)}`)
    expect(html).toContain(never.title)
    expect(html).not.toContain(other.title)
    expect(html).toContain('Aldrig kontrollerad')
    const english = await adminPage(editor, `/admin/collections/coordinators?search=${encodeURIComponent(person)}`, { language: 'en' })
    expect(english).toContain('Never verified')
  })

  it('shows the verify button on the edit view to those who may update the coordinator', async () => {
    // The label is also in the field config the page carries: the rendered button is what counts.
    const button = /<button[^>]*nspm-verify__button[^>]*>(?:(?!<\/button>).)*Markera som kontrollerad/s
    expect(await adminPage(editor, `/admin/collections/coordinators/${never.id}`)).toMatch(button)
    expect(await adminPage(editor, `/admin/collections/coordinators/${never.id}`, { language: 'en' })).toMatch(/nspm-verify__button(?:(?!<\/button>).)*Mark as verified/s)
    const elsewhere = (await createStaffUser(admin, ['regional-editor'], { region: await regionId(admin, 'nord') })).client
    expect(await adminPage(elsewhere, `/admin/collections/coordinators/${never.id}`)).not.toContain('nspm-verify__button')
  })

  it("shows a regional editor their own region's stale coordinators", async () => {
    const bergslagen = await regionId(admin, 'bergslagen')
    const own = await createCoordinator(admin, bergslagen)
    const regional = (await createStaffUser(admin, ['regional-editor'], { region: bergslagen })).client
    const html = await adminPage(regional, '/admin')
    expect(html).toContain(`/admin/collections/coordinators/${own.id}"`)
    expect(html).not.toContain(`/admin/collections/coordinators/${never.id}"`)
  })

  it('lists stale coordinators on the dashboard with links to them and to the sorted list', async () => {
    const html = await adminPage(editor, '/admin')
    expect(html).toContain('Kontaktuppgifter att kontrollera')
    expect(html).toContain('/admin/collections/coordinators?sort=lastVerifiedAt')
    expect(html).toMatch(/href="\/admin\/collections\/coordinators\/\d+"/)
    // Any coordinator: the list's search, from the dashboard, then one click on the result.
    expect(html).toMatch(/<form[^>]*action="\/admin\/collections\/coordinators"[^>]*>.*?name="search"/s)
    // Once verified, a coordinator leaves the panel.
    await editor.request('POST', `/api/coordinators/${never.id}/verify`)
    const after = await adminPage(editor, '/admin')
    expect(after).not.toContain(`/admin/collections/coordinators/${never.id}"`)
  })
})
