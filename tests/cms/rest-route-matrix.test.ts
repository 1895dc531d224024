import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

/**
 * Every collection and global × every REST route Payload exposes, anonymously and as an administrator, with odd ids
 * and broken bodies: each must answer as a refusal (4xx) or an answer, never a 5xx and never a stack trace. The
 * collections and globals come from the CMS itself (GET /api/access), so a new one is walked without editing this.
 */
const cms = inject('cmsUrl')

type Probe = { method: string; path: string; body?: string }

/** The routes of payload/dist/{collections,auth,globals}/endpoints/index.js, with ids that are not ids. */
function collectionProbes(slug: string): Probe[] {
  const base = `/api/${slug}`
  const get = (path: string): Probe => ({ method: 'GET', path: `${base}${path}` })
  return [
    get(''),
    get('/count'),
    get('/versions'),
    get('/versions/abc'),
    get('/versions/999999999'),
    get('/abc'),
    get('/999999999'),
    get('/-1'),
    get('/1.5'),
    get('/%00'),
    get('?where[id][equals]=abc'),
    get('?sort=no-such-field'),
    get('?where[no-such-field][equals]=1'),
    get('?limit=abc&page=abc&depth=abc'),
    get('/me'),
    get('/init'),
    { method: 'POST', path: `${base}/access` },
    { method: 'POST', path: `${base}/access/abc` },
    { method: 'POST', path: `${base}/abc/duplicate` },
    { method: 'POST', path: `${base}/versions/abc` },
    { method: 'POST', path: `${base}/versions/999999999` },
    { method: 'POST', path: base, body: '{' },
    { method: 'PATCH', path: `${base}/abc`, body: '{}' },
    { method: 'PATCH', path: `${base}/999999999`, body: '{' },
    { method: 'PATCH', path: `${base}?where[id][equals]=0`, body: '{}' },
    { method: 'DELETE', path: `${base}/abc` },
    { method: 'DELETE', path: `${base}/999999999` },
    { method: 'DELETE', path: `${base}?where[id][equals]=abc` },
    // Auth routes: real on an auth collection, an id or nothing elsewhere.
    ...['login', 'refresh-token', 'first-register', 'forgot-password', 'reset-password', 'unlock', 'verify/abc', 'abc/api-key/reveal'].flatMap((route): Probe[] => [
      { method: 'POST', path: `${base}/${route}` },
      { method: 'POST', path: `${base}/${route}`, body: '{' },
      { method: 'POST', path: `${base}/${route}`, body: '{"email":["x"],"password":{"a":1},"token":7}' },
    ]),
  ]
}

function globalProbes(slug: string): Probe[] {
  const base = `/api/globals/${slug}`
  return [
    { method: 'GET', path: base },
    { method: 'GET', path: `${base}/versions` },
    { method: 'GET', path: `${base}/versions/abc` },
    { method: 'GET', path: `${base}/versions/999999999` },
    { method: 'POST', path: `${base}/access` },
    { method: 'POST', path: `${base}/versions/abc` },
    { method: 'POST', path: base, body: '{' },
  ]
}

const OTHER_PROBES: Probe[] = [
  { method: 'GET', path: '/api/access' },
  { method: 'GET', path: '/api/no-such-collection' },
  { method: 'GET', path: '/api/globals/no-such-global' },
  { method: 'GET', path: '/api/globals/no-such-global/versions' },
  { method: 'POST', path: '/api/graphql', body: '{' },
  { method: 'POST', path: '/api/graphql', body: '{"query":"{ __typename"}' },
  // Last: it ends the administrator's session for every probe after it.
  { method: 'POST', path: '/api/users/logout' },
]

/**
 * Payload's own bug, not a refusal: deleting an administrator's stored admin preference by key fails in
 * @payloadcms/db-postgres 3.90 (deleteOne with a polymorphic relationship in the where: "missing FROM-clause
 * entry"), for keys that exist too. Left to an upgrade; it is a staff member's own preference, never anonymous.
 */
const PAYLOAD_BUGS: readonly RegExp[] = [/^DELETE \/api\/payload-preferences\/[^/]+$/]

async function send(probe: Probe, token: string | undefined): Promise<{ status: number; text: string }> {
  const response = await fetch(`${cms}${probe.path}`, {
    method: probe.method,
    headers: { ...(probe.body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: probe.body,
  })
  return { status: response.status, text: await response.text() }
}

/** Runs the probes a few at a time (two shared cores) and returns those answered with a 5xx or a stack trace. */
async function failures(probes: Probe[], token: string | undefined): Promise<string[]> {
  const found: string[] = []
  for (let index = 0; index < probes.length; index += 4) {
    await Promise.all(
      probes.slice(index, index + 4).map(async (probe) => {
        const { status, text } = await send(probe, token)
        const label = `${probe.method} ${probe.path}${probe.body === undefined ? '' : ` body ${probe.body}`}`
        if (status >= 500 && !PAYLOAD_BUGS.some((bug) => bug.test(`${probe.method} ${probe.path}`))) found.push(`${label} → ${status}`)
        else if (/\bat [\w.<>]+ \(|node_modules|\.js:\d+:\d+/.test(text)) found.push(`${label} → a stack trace`)
      }),
    )
  }
  return found
}

describe("Payload's REST routes: refusals, not server errors", { timeout: 600_000 }, () => {
  let adminToken: string
  let collections: string[]
  let globals: string[]

  beforeAll(async () => {
    const admin = await createStaffUser(await CmsClient.asAdmin(), ['admin'])
    adminToken = admin.client.authToken!
    const access = await admin.client.get<{ collections: Record<string, unknown>; globals: Record<string, unknown> }>('/api/access')
    collections = Object.keys(access.body.collections)
    globals = Object.keys(access.body.globals)
  })

  it('knows every collection and global of the CMS', () => {
    expect(collections).toEqual(expect.arrayContaining(['users', 'material-orders', 'newsletter-subscribers', 'media', 'coordinators', 'regions']))
    expect(globals).toContain('support-line')
  })

  it("answers a collection without versions 404 on its version routes, with Payload's error shape", async () => {
    for (const path of ['/api/users/versions', '/api/material-orders/versions/1', '/api/media/versions']) {
      const { status, text } = await send({ method: 'GET', path }, adminToken)
      expect(status, path).toBe(404)
      expect(JSON.parse(text)).toMatchObject({ errors: [{ message: expect.any(String) }] })
    }
  })

  it.each([
    ['anonymously', () => undefined],
    ['as an administrator', () => adminToken],
  ])('answers every collection and global route without a 5xx, %s', async (_who, token) => {
    const probes = [...collections.flatMap(collectionProbes), ...globals.flatMap(globalProbes), ...OTHER_PROBES]
    expect(await failures(probes, token())).toEqual([])
  })
})
