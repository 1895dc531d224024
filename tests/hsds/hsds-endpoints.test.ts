import { beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, regionId } from '../helpers/coordinators'
import { sql } from '../helpers/sql'
import { base, expectValid, get, UUID_V5, walk, type Item, type Page, type Service } from './hsds-client'
import { hsdsValidator, schemaErrors } from './hsds-schemas'

/**
 * Issue 18: the HSDS 3.0 endpoints of the suite's API process (seeded data, real snapshot), every answer validated
 * with Ajv against HSDS's own compiled schemas; a change that breaks conformance fails here.
 */
describe('open data in HSDS 3.0', () => {
  // Compiling HSDS's large schemas blocks for seconds: done first, it cannot hold up a kept-alive connection between requests.
  beforeAll(() => {
    for (const name of ['service', 'service_list', 'organization', 'organization_list'] as const) hsdsValidator(name)
  })

  it('answers the meta endpoint with the version, profile and publisher', async () => {
    const { status, body } = await get<Record<string, unknown>>('/')
    expect(status).toBe(200)
    expect(body).toMatchObject({ version: '3.0', profile: expect.stringMatching(/^https:\/\//), openapi_url: expect.stringMatching(/openapi\.json$/) })
    expect(body.publisher).toMatchObject({ name: expect.stringContaining('NSPM') })
  })

  it('validates every list page and every fully nested record, in Swedish and in English', async () => {
    for (const language of ['sv', 'en']) {
      const services = await walk('services', 'service_list', language)
      const organizations = await walk('organizations', 'organization_list', language)
      // The seed: the support line, seven regions' coordinator functions, ÅMP and NSP; its sixteen organisations.
      expect(services.length).toBe(10)
      expect(organizations.length).toBeGreaterThanOrEqual(16)
      for (const { id } of services) {
        expect(id).toMatch(UUID_V5)
        const { status, body } = await get<Service>(`/services/${id}`, { 'accept-language': language })
        expect(status).toBe(200)
        expectValid('service', body, `service ${id}`)
      }
      for (const { id } of organizations) {
        const { status, body } = await get<Item>(`/organizations/${id}`, { 'accept-language': language })
        expect(status).toBe(200)
        expectValid('organization', body, `organization ${id}`)
      }
    }
  })

  it('rejects what HSDS rejects: the validator is not vacuous', async () => {
    const { body } = await get<Page>('/services?per_page=1')
    const { body: service } = await get<Service>(`/services/${body.contents[0]!.id}`)
    expect(schemaErrors(hsdsValidator('service'), { ...service, status: undefined })).not.toEqual([])
    expect(schemaErrors(hsdsValidator('service'), { ...service, id: '42' })).not.toEqual([])
    expect(schemaErrors(hsdsValidator('service'), { ...service, phones: [{ id: service.id, number: null }] })).not.toEqual([])
  })

  it('maps a region to its coordinator function with the SCB codes of its counties and municipalities', async () => {
    const { body } = await get<Page>('/services?search=kiruna')
    expect(body.contents).toHaveLength(1)
    const { body: nord } = await get<Service>(`/services/${body.contents[0]!.id}`)
    expect(nord.name).toContain('Nord')
    const codes = nord.service_areas.map((area) => [area.name, area.attributes[0]?.taxonomy_term.code, area.attributes[0]?.value])
    expect(codes).toContainEqual(['Kiruna', 'municipality-code', '2584'])
    expect(codes).toContainEqual(['Norrbottens län', 'county-code', '25'])
    const { body: english } = await get<Service>(`/services/${nord.id}`, { 'accept-language': 'en' })
    expect(english.id).toBe(nord.id)
    expect(english.name).toMatch(/^Regional coordinator/)
  })

  it("gives the support line's weekly hours and its holiday closures as schedules", async () => {
    const { body } = await get<Page>('/services?search=st%C3%B6dtelefon')
    const { body: line } = await get<Service>(`/services/${body.contents[0]!.id}`)
    expect(line.schedules.find((schedule) => schedule.freq === 'WEEKLY')).toMatchObject({ byday: expect.stringContaining('MO'), opens_at: expect.stringMatching(/^\d\d:\d\d$/) })
    const nextYear = new Date().getUTCFullYear() + 1
    expect(line.schedules).toContainEqual(expect.objectContaining({ valid_from: `${nextYear}-12-24`, description: expect.stringContaining('Julafton') }))
  })

  it('serves what GraphQL serves after a publish, and never a person', async () => {
    const syd = async () => {
      const { body } = await get<Page>('/services?search=malm%C3%B6')
      return (await get<Service>(`/services/${body.contents[0]!.id}`)).body
    }
    // Read, and so cached, before the publish: without the cache's invalidation the new post would wait max-age (60 s).
    expect((await syd()).contacts.length).toBeGreaterThan(0)
    const editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    const own = await createCoordinator(editor, await regionId(editor, 'syd'), { data: { personName: 'Hemlig Personsson', email: 'samordnare.syd@example.se' } })
    const personNames = await sql<{ person_name: string }>(`SELECT person_name FROM coordinators WHERE person_name IS NOT NULL`)
    expect(personNames.map((row) => row.person_name)).toContain('Hemlig Personsson')
    await expect.poll(async () => (await syd()).contacts.map((contact) => contact.title), { timeout: 5_000, interval: 50 }).toContain(own.title)
    const everything = JSON.stringify(await Promise.all((await walk('services', 'service_list', 'sv')).map(async ({ id }) => (await get<Service>(`/services/${id}`)).body)))
    for (const { person_name } of personNames) expect(everything).not.toContain(person_name)
  })

  it('caches like GraphQL: ETag, 304, public max-age, and Accept-Language in Vary', async () => {
    const first = await fetch(`${base()}/organizations?per_page=5`)
    expect(first.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/)
    expect(first.headers.get('vary')?.toLowerCase()).toContain('accept-language')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await fetch(`${base()}/organizations?per_page=5`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('x-cache')).toBe('HIT')
    const english = await fetch(`${base()}/organizations?per_page=5`, { headers: { 'accept-language': 'en', 'if-none-match': etag! } })
    expect(english.status).toBe(200)
    expect(english.headers.get('content-language')).toBe('en')
  })

  it('answers bad parameters with 400 and unknown ids with 404, neither cached', async () => {
    for (const query of ['per_page=0', 'per_page=101', 'page=-1', 'modified_after=yesterday', 'minimal=maybe']) {
      const { status, body, headers } = await get<{ error: string }>(`/services?${query}`)
      expect(status, query).toBe(400)
      expect(body.error).toMatch(/must be/)
      expect(headers.get('cache-control')).toBe('no-store')
    }
    expect((await get('/services/00000000-0000-5000-8000-000000000000')).status).toBe(404)
    expect((await get('/organizations/not-an-id')).status).toBe(404)
    expect((await get('/taxonomies')).status).toBe(404)
  })

  it('filters by modified_after and answers minimal lists with only the fields HSDS requires and the date', async () => {
    const { body: all } = await get<Page>('/services?minimal=true&per_page=100')
    for (const item of all.contents) {
      expect(Object.keys(item).sort()).toEqual(['id', 'last_modified', 'name', 'status'])
      expectValid('service_list', item, `minimal ${item.id}`)
    }
    const newest = all.contents
      .map((item) => String(item.last_modified))
      .sort()
      .at(-1)!
    const { body: recent } = await get<Page>(`/services?modified_after=${encodeURIComponent(newest)}`)
    expect(recent.contents.length).toBeGreaterThanOrEqual(1)
    expect(recent.contents.every((item) => String(item.last_modified) >= newest)).toBe(true)
    expect((await get<Page>('/services?modified_after=2999-01-01')).body).toMatchObject({ total_items: 0, empty: true, contents: [] })
  })
})
