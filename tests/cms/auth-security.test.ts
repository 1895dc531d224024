import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

/** Logging in to the CMS: lockout, cookie attributes, which origins may use a session, and logging out. */
const cms = inject('cmsUrl')
const FOREIGN = 'https://evil.example'

function login(email: string, password: string): Promise<Response> {
  return fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
}

/** The logged-in user as the CMS sees it, or null. */
async function me(headers: Record<string, string>): Promise<{ id: number } | null> {
  const response = await fetch(`${cms}/api/users/me`, { headers })
  return ((await response.json()) as { user: { id: number } | null }).user
}

/** A user of its own, so that locking it out or logging it out disturbs no other test. */
async function dedicatedUser(admin: CmsClient): Promise<{ email: string; password: string; id: number }> {
  const email = `auth-${randomBytes(4).toString('hex')}@test.nspm.localhost`
  const password = randomBytes(12).toString('base64url')
  const created = await admin.request<{ doc: { id: number } }>('POST', '/api/users', { email, password, roles: ['editor'] })
  expect(created.status).toBe(201)
  return { email, password, id: created.body.doc.id }
}

async function tokenAndCookie(email: string, password: string): Promise<{ token: string; cookie: string }> {
  const response = await login(email, password)
  expect(response.status).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return { token, cookie: `payload-token=${token}` }
}

describe('CMS login and sessions', () => {
  let admin: CmsClient

  beforeAll(async () => {
    admin = await CmsClient.asAdmin()
  })

  it('locks an account after five wrong passwords, refuses even the right one, and only an administrator unlocks it', async () => {
    const user = await dedicatedUser(admin)
    for (let attempt = 1; attempt <= 5; attempt++) expect((await login(user.email, `wrong-${attempt}`)).status).toBe(401)
    const locked = await login(user.email, user.password)
    expect(locked.status).toBe(401)
    // Payload's LockedAuth, in the admin's default language (Swedish).
    expect(JSON.stringify(await locked.json())).toMatch(/låst på grund av för många misslyckade|locked due to having too many failed/)

    const editor = await createStaffUser(admin, ['editor'])
    expect((await editor.client.request('POST', '/api/users/unlock', { email: user.email })).status).toBe(403)
    expect((await login(user.email, user.password)).status).toBe(401)
    expect((await admin.request('POST', '/api/users/unlock', { email: user.email })).status).toBe(200)
    expect((await login(user.email, user.password)).status).toBe(200)
  })

  it('sets the session cookie HttpOnly, SameSite=Lax and, in production, Secure', async () => {
    const user = await dedicatedUser(admin)
    const response = await login(user.email, user.password)
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    // The suite runs the CMS as production runs it (`next start`, NODE_ENV=production).
    expect(cookie).toMatch(/;\s*Secure/i)
  })

  it('refuses a token once its session has logged out, as header and as cookie', async () => {
    const user = await dedicatedUser(admin)
    const { token, cookie } = await tokenAndCookie(user.email, user.password)
    const other = await tokenAndCookie(user.email, user.password)
    const origin = new URL(cms).origin
    expect(await me({ authorization: `JWT ${token}` })).toMatchObject({ id: user.id })
    expect(await me({ cookie, origin })).toMatchObject({ id: user.id })

    const logout = await fetch(`${cms}/api/users/logout`, { method: 'POST', headers: { authorization: `JWT ${token}` } })
    expect(logout.status).toBe(200)
    expect(await me({ authorization: `JWT ${token}` })).toBeNull()
    expect(await me({ cookie, origin })).toBeNull()
    expect((await fetch(`${cms}/api/users/${user.id}`, { headers: { authorization: `JWT ${token}` } })).status).toBe(403)
    // Logging out ends that session only: the same user's other login still works.
    expect(await me({ authorization: `JWT ${other.token}` })).toMatchObject({ id: user.id })
  })
})

describe('CORS and CSRF: only configured origins', () => {
  const own = new URL(cms).origin
  const extra = inject('cmsAllowedOrigin')
  let session: { token: string; cookie: string }
  let userId: number

  beforeAll(async () => {
    const user = await dedicatedUser(await CmsClient.asAdmin())
    userId = user.id
    session = await tokenAndCookie(user.email, user.password)
  })

  const preflight = (origin: string) =>
    fetch(`${cms}/api/users/me`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'content-type' } })

  it('answers a preflight from a foreign origin without Access-Control-Allow-Origin', async () => {
    const response = await preflight(FOREIGN)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const get = await fetch(`${cms}/api/regions?limit=1`, { headers: { origin: FOREIGN } })
    expect(get.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('allows its own origin and the configured extra origin, with credentials', async () => {
    for (const origin of [own, extra]) {
      const response = await preflight(origin)
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
      expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    }
  })

  it('treats a cookie sent from a foreign origin as no login at all', async () => {
    expect(await me({ cookie: session.cookie, origin: FOREIGN })).toBeNull()
    // A cross-site request without Origin (a form, an image) is judged by Sec-Fetch-Site.
    expect(await me({ cookie: session.cookie, 'sec-fetch-site': 'cross-site' })).toBeNull()
    const write = await fetch(`${cms}/api/users/${userId}`, {
      method: 'PATCH',
      headers: { cookie: session.cookie, origin: FOREIGN, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Changed from elsewhere' }),
    })
    expect(write.status).toBe(403)
  })

  it('accepts the cookie from the configured origins and same-origin requests', async () => {
    expect(await me({ cookie: session.cookie, origin: own })).toMatchObject({ id: userId })
    expect(await me({ cookie: session.cookie, origin: extra })).toMatchObject({ id: userId })
    expect(await me({ cookie: session.cookie, 'sec-fetch-site': 'same-origin' })).toMatchObject({ id: userId })
  })

  it('still accepts the token in the Authorization header from anywhere: a script, not a browser, sends it', async () => {
    expect(await me({ authorization: `JWT ${session.token}`, origin: FOREIGN })).toMatchObject({ id: userId })
  })
})
