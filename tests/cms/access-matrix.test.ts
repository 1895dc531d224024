import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { withClient } from '../helpers/test-database'
import { COLLECTIONS, GLOBALS, ROLES, type CollectionCase, type Role } from './access-expectations'

/**
 * The access table (access-expectations.ts) against the running CMS, role by role, through REST and GraphQL.
 * Nothing is saved: a create or update sends data that fails validation (access, which Payload checks first,
 * answers 403; an allowed caller gets 400) and a delete names a document that does not exist (403 or 404).
 * Drafts are real documents, created by the administrator and deleted afterwards.
 */
const MISSING_ID = 2_000_000_000
const run = randomBytes(4).toString('hex')
const marker = (slug: string) => `matrix-${run}-${slug}`
const globalMarker = `matrix-${run}-global`
const allows = (rule: readonly Role[] | undefined, role: Role) => Boolean(rule?.includes(role))
const sql = (text: string, values: unknown[] = []) => withClient(inject('databaseUrl'), (db) => db.query<{ id: number }>(text, values))
// A 1×1 PNG, for the media sample.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

type Gql = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }
const statusOf = (body: Gql) => body.errors?.[0]?.extensions?.statusCode

const clients = {} as Record<Role, CmsClient>
const ids = {} as Record<Role, number>
/** One existing document per collection; where documents have owners, it is the administrator's. */
const sample: Record<string, number> = {}
const drafts: Record<string, number> = {}

/** Whether the role sees the sample: readers limited to their own documents see only the administrator's own. */
const seesSample = (rules: CollectionCase, role: Role) => allows(rules.read, role) && (!allows(rules.ownOnly, role) || role === 'admin')
const changesSample = (rules: CollectionCase, role: Role) => allows(rules.update, role) && (!allows(rules.ownOnly, role) || role === 'admin')

async function createFixtures(): Promise<void> {
  // Every role is a user of this file's own, the administrator too: other files' logins as the shared
  // administrator cannot end its session (see CmsClient.login).
  const shared = await CmsClient.asAdmin()
  clients.anonymous = new CmsClient()
  // The regional editor's region is one the sample coordinator is not in (see access-expectations.ts).
  const first = await shared.get<{ docs: { region: number }[] }>('/api/coordinators?limit=1&depth=0&sort=id')
  const regions = await shared.get<{ docs: { id: number }[] }>('/api/regions?limit=100&depth=0&sort=id')
  const otherRegion = regions.body.docs.find((region) => region.id !== first.body.docs[0]?.region)!.id
  for (const role of ['editor', 'regional-editor', 'order-handler', 'subscriber-manager', 'newsletter-editor', 'admin'] as const) {
    const created = await createStaffUser(shared, [role], role === 'regional-editor' ? { region: otherRegion } : {})
    clients[role] = created.client
    ids[role] = created.id
  }
  const admin = clients.admin
  for (const slug of Object.keys(COLLECTIONS)) {
    const { body } = await admin.get<{ docs?: { id: number }[] }>(`/api/${slug}?limit=1&depth=0&sort=id`)
    if (body.docs?.[0]) sample[slug] = body.docs[0].id
  }
  sample.users = ids.admin
  sample['newsletter-subscribers'] = (
    await sql("INSERT INTO newsletter_subscribers (email, status, locale, updated_at, created_at) VALUES ($1, 'confirmed', 'sv', now(), now()) RETURNING id", [
      `matrix-${run}@example.org`,
    ])
  ).rows[0]!.id
  // The insert's own audit event (the trigger writes one for every path), for the audit trail's sample.
  sample['audit-events'] = (await sql("SELECT id FROM audit_events WHERE target = 'newsletter-subscribers' AND document_id = $1", [sample['newsletter-subscribers']])).rows[0]!.id
  sample['material-orders'] = (
    await sql("INSERT INTO material_orders (order_number, status, locale, updated_at, created_at) VALUES ($1, 'received', 'sv', now(), now()) RETURNING id", [`M-${run}`])
  ).rows[0]!.id
  // Switched off: no webhook worker sends anything for it.
  sample['webhook-endpoints'] = (
    await sql("INSERT INTO webhook_endpoints (name, url, active, updated_at, created_at) VALUES ($1, 'https://partner.invalid/matrix', false, now(), now()) RETURNING id", [
      `matrix-${run}`,
    ])
  ).rows[0]!.id
  // Never issued: there is no key to use.
  sample['api-keys'] = (
    await sql("INSERT INTO api_keys (name, contact_organisation, contact_email, updated_at, created_at) VALUES ($1, 'Matrix', 'matrix@example.org', now(), now()) RETURNING id", [
      `matrix-${run}`,
    ])
  ).rows[0]!.id
  // Inert rows (answered long ago) of the sample coordinator, whose region is not the regional editor's.
  sample['coordinator-checks'] = (
    await sql(
      "INSERT INTO coordinator_checks (coordinator_id, region_id, locale, status, sent_at, answered_at, updated_at, created_at) SELECT id, region_id, 'sv', 'expired', now(), now(), now(), now() FROM coordinators ORDER BY id LIMIT 1 RETURNING id",
    )
  ).rows[0]!.id
  sample['coordinator-change-proposals'] = (
    await sql(
      "INSERT INTO coordinator_change_proposals (coordinator_id, region_id, check_id, locale, status, proposed, current, updated_at, created_at) SELECT coordinator_id, region_id, id, 'sv', 'rejected', '{}', '{}', now(), now() FROM coordinator_checks WHERE id = $1 RETURNING id",
      [sample['coordinator-checks']],
    )
  ).rows[0]!.id
  const upload = new FormData()
  upload.append('file', new Blob([PNG], { type: 'image/png' }), `matrix-${run}.png`)
  upload.append('_payload', JSON.stringify({ alt: 'matrix' }))
  const media = await fetch(`${admin.baseUrl}/api/media`, { method: 'POST', headers: { authorization: `JWT ${admin.authToken}` }, body: upload })
  expect(media.status).toBe(201)
  sample.media = ((await media.json()) as { doc: { id: number } }).doc.id
  sample['payload-preferences'] = (await admin.request<{ doc: { id: number } }>('POST', `/api/payload-preferences/matrix-${run}`, { value: { matrix: true } })).body.doc.id
  const lock = await admin.request<{ doc: { id: number } }>('POST', '/api/payload-locked-documents', {
    globalSlug: `matrix-${run}`,
    user: { relationTo: 'users', value: ids.admin },
  })
  sample['payload-locked-documents'] = lock.body.doc.id
  for (const [slug, rules] of Object.entries(COLLECTIONS)) {
    if (!rules.draft) continue
    const created = await admin.request<{ doc: { id: number } }>('POST', `/api/${slug}?draft=true&locale=sv`, rules.draft(marker(slug)))
    expect(created.status, `draft of ${slug}`).toBe(201)
    drafts[slug] = created.body.doc.id
  }
  // No issue exists before: the draft is the sample (staff read drafts of issues as documents too).
  sample['newsletter-issues'] ??= drafts['newsletter-issues']!
  // A draft of the global lives in its version table only; the published support line stays as it is.
  expect((await admin.request('POST', '/api/globals/support-line?draft=true&locale=sv', { description: globalMarker })).status).toBe(200)
}

async function removeFixtures(): Promise<void> {
  const admin = clients.admin
  for (const [slug, id] of Object.entries(drafts)) await admin.request('DELETE', `/api/${slug}/${id}`)
  await admin.request('DELETE', `/api/media/${sample.media}`)
  await admin.request('DELETE', `/api/payload-locked-documents/${sample['payload-locked-documents']}`)
  await sql('DELETE FROM newsletter_subscribers WHERE id = $1', [sample['newsletter-subscribers']])
  await sql('DELETE FROM material_orders WHERE id = $1', [sample['material-orders']])
  await sql('DELETE FROM webhook_endpoints WHERE id = $1', [sample['webhook-endpoints']])
  await sql('DELETE FROM api_keys WHERE id = $1', [sample['api-keys']])
  await sql('DELETE FROM coordinator_change_proposals WHERE id = $1', [sample['coordinator-change-proposals']])
  await sql('DELETE FROM coordinator_checks WHERE id = $1', [sample['coordinator-checks']])
}

async function restReads(slug: string, role: Role, rules: CollectionCase): Promise<void> {
  const client = clients[role]
  const list = await client.get<{ docs: { id: number }[] }>(`/api/${slug}?limit=100&depth=0&sort=id`)
  expect(list.status).toBe(allows(rules.read, role) ? 200 : 403)
  if (list.status === 200) {
    // Filtered by id: other test files (intake, the load test) may have added thousands of rows before the sample.
    const filtered = await client.get<{ docs: { id: number }[] }>(`/api/${slug}?depth=0&where[id][equals]=${sample[slug]}`)
    expect(filtered.body.docs.some((doc) => doc.id === sample[slug])).toBe(seesSample(rules, role))
  }
  if (slug === 'users' && allows(rules.ownOnly, role)) expect(list.body.docs.map((doc) => doc.id)).toEqual([ids[role]])
  if (!rules.readAndCreateOnly) {
    const one = await client.get(`/api/${slug}/${sample[slug]}?depth=0`)
    if (seesSample(rules, role)) expect(one.status).toBe(200)
    else expect([403, 404]).toContain(one.status)
  }
  if (rules.drafts) {
    const draft = await client.get(`/api/${slug}/${drafts[slug]}?draft=true&depth=0&locale=sv`)
    if (allows(rules.drafts, role)) expect(JSON.stringify(draft.body)).toContain(marker(slug))
    else expect([403, 404]).toContain(draft.status)
    const listed = await client.get<{ totalDocs?: number }>(`/api/${slug}?draft=true&depth=0&where[id][equals]=${drafts[slug]}`)
    expect(listed.body.totalDocs ?? 0).toBe(allows(rules.drafts, role) ? 1 : 0)
  }
  if (rules.versions) {
    const versions = await client.get(`/api/${slug}/versions?limit=1&depth=0`)
    expect(versions.status).toBe(allows(rules.versions, role) ? 200 : 403)
  }
}

async function restWrites(slug: string, role: Role, rules: CollectionCase): Promise<void> {
  const client = clients[role]
  if (rules.createsForReal) {
    const created = await client.request('POST', `/api/${slug}/matrix-${run}-${role}`, { value: { role } })
    if (allows(rules.create, role)) expect(created.status).toBe(200)
    else expect([401, 403]).toContain(created.status)
    return
  }
  expect((await client.request('POST', `/api/${slug}`, rules.invalid)).status).toBe(allows(rules.create, role) ? 400 : 403)
  const updated = await client.request('PATCH', `/api/${slug}/${rules.updateMissing ? MISSING_ID : sample[slug]}`, rules.invalid)
  expect(updated.status).toBe(changesSample(rules, role) ? (rules.updateMissing ? 404 : 400) : 403)
  if (slug === 'users' && allows(rules.ownOnly, role)) {
    expect((await client.request('PATCH', `/api/users/${ids[role]}`, rules.invalid)).status).toBe(400)
  }
  expect((await client.request('DELETE', `/api/${slug}/${MISSING_ID}`)).status).toBe(allows(rules.delete, role) ? 404 : 403)
}

async function graphqlCase(slug: string, role: Role, rules: CollectionCase): Promise<void> {
  const gql = async (query: string, variables?: Record<string, unknown>) => (await clients[role].graphql(query, variables)).body as Gql
  if ('absent' in rules.graphql) {
    const name = rules.graphql.absent
    expect((await gql(`{ ${name} { totalDocs } }`)).errors?.[0]?.message).toMatch(/Cannot query field/)
    expect((await gql(`mutation { delete${name.slice(0, -1)}(id: 1) { id } }`)).errors?.[0]?.message).toMatch(/Cannot query field/)
    return
  }
  const { list, one } = rules.graphql
  const listed = await gql(`{ ${list}(limit: 100, sort: "id") { docs { id } } }`)
  if (allows(rules.read, role)) {
    expect(listed.errors).toBeUndefined()
    const docs = (listed.data?.[list] as { docs: { id: number }[] }).docs
    expect(docs.some((doc) => doc.id === sample[slug])).toBe(seesSample(rules, role))
  } else {
    expect(statusOf(listed)).toBe(403)
  }
  if (rules.drafts) {
    const draft = await gql(`{ ${list}(draft: true, where: { id: { equals: ${drafts[slug]} } }, locale: sv) { docs { id } } }`)
    expect((draft.data?.[list] as { docs: unknown[] } | null)?.docs ?? []).toHaveLength(allows(rules.drafts, role) ? 1 : 0)
    const byId = await gql(`{ ${one}(id: ${drafts[slug]}, draft: true, locale: sv) { id } }`)
    expect(Boolean(byId.data?.[one])).toBe(allows(rules.drafts, role))
  }
  if (rules.versions) {
    const versions = await gql(`{ versions${list}(limit: 1) { totalDocs } }`)
    if (allows(rules.versions, role)) expect(versions.errors).toBeUndefined()
    else expect(statusOf(versions)).toBe(403)
  }
  if (rules.readAndCreateOnly) return
  const data = rules.graphqlInvalid ?? rules.invalid
  const created = await gql(`mutation($data: mutation${one}Input!) { create${one}(data: $data) { id } }`, { data })
  expect(statusOf(created)).toBe(allows(rules.create, role) ? 400 : 403)
  const target = rules.updateMissing ? MISSING_ID : sample[slug]
  const updated = await gql(`mutation($data: mutation${one}UpdateInput!) { update${one}(id: ${target}, data: $data) { id } }`, { data })
  expect(statusOf(updated)).toBe(changesSample(rules, role) ? (rules.updateMissing ? 404 : 400) : 403)
  expect(statusOf(await gql(`mutation { delete${one}(id: ${MISSING_ID}) { id } }`))).toBe(allows(rules.delete, role) ? 404 : 403)
}

describe('access matrix: every collection and global, every role, REST and GraphQL', () => {
  beforeAll(createFixtures)
  afterAll(removeFixtures)

  it('covers every collection and global that Payload serves', async () => {
    const { body } = await clients.admin.get<{ collections: Record<string, unknown>; globals: Record<string, unknown> }>('/api/access')
    expect(Object.keys(body.collections).sort()).toEqual(Object.keys(COLLECTIONS).sort())
    expect(Object.keys(body.globals).sort()).toEqual(Object.keys(GLOBALS).sort())
  })

  const cases = Object.entries(COLLECTIONS).flatMap(([slug, rules]) => ROLES.map((role) => [slug, role, rules] as const))
  describe.each(cases)('%s as %s', (slug, role, rules) => {
    if (rules.rest === false) {
      // Payload answers 501 Not Implemented; cms/http/refusals.ts makes that the 404 a client should see.
      it('has no REST routes', async () => {
        expect((await clients[role].get(`/api/${slug}`)).status).toBe(404)
        expect((await clients[role].request('POST', `/api/${slug}`, {})).status).toBe(404)
      })
    } else {
      it('REST: list, by id, drafts, versions', () => restReads(slug, role, rules))
      it('REST: create, update, delete', () => restWrites(slug, role, rules))
    }
    it('GraphQL', () => graphqlCase(slug, role, rules))
  })

  const globalCases = Object.entries(GLOBALS).flatMap(([slug, rules]) => ROLES.map((role) => [slug, role, rules] as const))
  describe.each(globalCases)('global %s as %s', (slug, role, rules) => {
    it('REST', async () => {
      const client = clients[role]
      expect((await client.get(`/api/globals/${slug}`)).status).toBe(allows(rules.read, role) ? 200 : 403)
      const draft = await client.get(`/api/globals/${slug}?draft=true&locale=sv`)
      expect(JSON.stringify(draft.body).includes(globalMarker)).toBe(allows(rules.drafts, role))
      expect((await client.get(`/api/globals/${slug}/versions?limit=1`)).status).toBe(allows(rules.versions, role) ? 200 : 403)
      expect((await client.request('POST', `/api/globals/${slug}`, rules.invalid)).status).toBe(allows(rules.update, role) ? 400 : 403)
    })

    it('GraphQL', async () => {
      const gql = async (query: string, variables?: Record<string, unknown>) => (await clients[role].graphql(query, variables)).body as Gql
      const name = rules.graphql
      const read = await gql(`{ ${name}(locale: sv) { updatedAt } }`)
      if (allows(rules.read, role)) expect(read.errors).toBeUndefined()
      else expect(statusOf(read)).toBe(403)
      const draft = await gql(`{ ${name}(draft: true, locale: sv) { description } }`)
      expect(JSON.stringify(draft).includes(globalMarker)).toBe(allows(rules.drafts, role))
      const versions = await gql(`{ versions${name}(limit: 1) { totalDocs } }`)
      if (allows(rules.versions, role)) expect(versions.errors).toBeUndefined()
      else expect(statusOf(versions)).toBe(403)
      const updated = await gql(`mutation($data: mutation${name}Input!) { update${name}(data: $data) { updatedAt } }`, { data: rules.invalid })
      expect(statusOf(updated)).toBe(allows(rules.update, role) ? 400 : 403)
    })
  })
})
