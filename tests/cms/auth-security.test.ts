import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

/** Logging in to the CMS: lockout, cookie attributes, which origins may use a session, and logging out. */
const cms = inject('cmsUrl')
const FOREIGN = 'https://evil.example'

/** A login from `client` (the CMS trusts the test as a proxy on loopback: X-Forwarded-For names the client). */
function login(email: string, password: string, client?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client ? { 'x-forwarded-for': client } : {}), ...headers },
    body: JSON.stringify({ email, password }),
  })
}

/** GraphQL's loginUser from `client`: its token, or the message of its error. */
async function graphqlLogin(email: string, password: string, client: string): Promise<{ token?: string; error?: string }> {
  const response = await fetch(`${cms}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', variables: { email, password } }),
  })
  const body = (await response.json()) as { data?: { loginUser: { token: string } | null }; errors?: { message: string }[] }
  return { token: body.data?.loginUser?.token, error: body.errors?.[0]?.message }
}

/** Status, body and milliseconds of a login. */
async function timedLogin(email: string, password: string, client: string): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now()
  const response = await login(email, password, client)
  const body = await response.text()
  return { status: response.status, body, ms: performance.now() - started }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const fiveWrong = async (email: string, client: string) => {
  for (let attempt = 1; attempt <= 5; attempt++) expect((await login(email, `wrong-${attempt}`, client)).status).toBe(401)
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

  it('locks an account after five wrong passwords for the client that guessed, never for its owner at another', async () => {
    const user = await dedicatedUser(admin)
    const [attacker, owner] = ['203.0.113.66', '198.51.100.20']
    await fiveWrong(user.email, attacker)
    // The right password from the guessing client: refused, on REST and on GraphQL alike.
    expect((await login(user.email, user.password, attacker)).status).toBe(401)
    expect(await graphqlLogin(user.email, user.password, attacker)).toEqual({ token: undefined, error: expect.any(String) })
    // Naming another client in the CMS's own header changes nothing: the CMS's server writes that header itself.
    expect((await login(user.email, user.password, attacker, { 'x-nspm-client-address': owner })).status).toBe(401)
    // The owner, elsewhere, is not locked out, through either door.
    expect((await login(user.email, user.password, owner)).status).toBe(200)
    expect((await graphqlLogin(user.email, user.password, owner)).token).toEqual(expect.any(String))
  })

  it('counts GraphQL loginUser failures as REST ones, and a success clears the count', async () => {
    const user = await dedicatedUser(admin)
    const client = '203.0.113.69'
    for (let attempt = 1; attempt <= 4; attempt++) expect((await graphqlLogin(user.email, `wrong-${attempt}`, client)).error).toBeDefined()
    expect((await login(user.email, user.password, client)).status).toBe(200)
    // Four failures, a success, four more: never five in a row, so not locked.
    for (let attempt = 1; attempt <= 4; attempt++) expect((await login(user.email, `wrong-${attempt}`, client)).status).toBe(401)
    expect((await login(user.email, user.password, client)).status).toBe(200)
    await fiveWrong(user.email, client)
    expect((await graphqlLogin(user.email, user.password, client)).token).toBeUndefined()
  })

  it('answers a locked account as an unknown one and as a wrong password: same status, same body, the time of a password check', async () => {
    const locked = await dedicatedUser(admin)
    const known = await dedicatedUser(admin)
    const client = '203.0.113.67'
    await fiveWrong(locked.email, client)
    const unknownEmail = `nobody-${randomBytes(4).toString('hex')}@test.nspm.localhost`
    const answers = {
      locked: [] as Awaited<ReturnType<typeof timedLogin>>[],
      unknown: [] as Awaited<ReturnType<typeof timedLogin>>[],
      wrong: [] as Awaited<ReturnType<typeof timedLogin>>[],
    }
    // Interleaved, so that a busy moment of the shared machine slows all three alike.
    for (let round = 0; round < 3; round++) {
      answers.locked.push(await timedLogin(locked.email, locked.password, client))
      answers.unknown.push(await timedLogin(unknownEmail, locked.password, `203.0.113.${100 + round}`))
      answers.wrong.push(await timedLogin(known.email, 'not-the-password', `203.0.113.${110 + round}`))
    }
    const all = [...answers.locked, ...answers.unknown, ...answers.wrong]
    expect(new Set(all.map((answer) => answer.status))).toEqual(new Set([401]))
    expect(new Set(all.map((answer) => answer.body)).size).toBe(1)
    expect(all[0]!.body).not.toMatch(/lock|låst/i)
    const wrongMs = median(answers.wrong.map((answer) => answer.ms))
    for (const kind of ['locked', 'unknown'] as const) {
      const ms = median(answers[kind].map((answer) => answer.ms))
      expect(ms, `${kind}: ${Math.round(ms)} ms, wrong password: ${Math.round(wrongMs)} ms`).toBeGreaterThan(wrongMs * 0.5)
      expect(ms, `${kind}: ${Math.round(ms)} ms, wrong password: ${Math.round(wrongMs)} ms`).toBeLessThan(wrongMs * 2)
    }
  })

  it('lets only an administrator unlock, which lifts the lock at every client', async () => {
    const user = await dedicatedUser(admin)
    const clients = ['203.0.113.70', '203.0.113.71']
    for (const client of clients) await fiveWrong(user.email, client)
    const editor = await createStaffUser(admin, ['editor'])
    expect((await editor.client.request('POST', '/api/users/unlock', { email: user.email })).status).toBe(403)
    expect((await login(user.email, user.password, clients[0])).status).toBe(401)
    expect((await admin.request('POST', '/api/users/unlock', { email: user.email })).status).toBe(200)
    for (const client of clients) expect((await login(user.email, user.password, client)).status).toBe(200)
  })

  it('sets the session cookie HttpOnly, SameSite=Lax and, in production, Secure', async () => {
    const user = await dedicatedUser(admin)
    const response = await login(user.email, user.password)
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    // The suite runs the CMS as production runs it (runtime/cms-http.ts, NODE_ENV=production).
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
