import { randomBytes } from 'node:crypto'
import { expect, inject } from 'vitest'

/** A small client for Payload's own REST and GraphQL endpoints on the running CMS, as a browser or script uses them. */
export type CmsResponse<T = Record<string, unknown>> = { status: number; body: T }

export class CmsClient {
  /** Set by `login`: a session lost to a parallel login is then restored (see `request`). */
  private credentials?: { email: string; password: string }

  constructor(
    readonly baseUrl: string = inject('cmsUrl'),
    private token?: string,
  ) {}

  /**
   * Payload keeps a user's sessions in one array on the user row: two logins of the same user at the same moment
   * (test files run in parallel, all as the shared administrator) can each write the array without the other's
   * session, and a token whose session is gone counts as no login. So the session is checked, and on loss the
   * login repeated. A later login can still drop it: `request` then logs in again (see there); a test that
   * needs one session throughout should use a user of its own (createStaffUser).
   */
  static async login(email: string, password: string): Promise<CmsClient> {
    for (let attempt = 1; ; attempt++) {
      const client = new CmsClient()
      const { status, body } = await client.request<{ token?: string }>('POST', '/api/users/login', { email, password })
      if (status !== 200 || !body.token) throw new Error(`Login as ${email} failed with ${status}`)
      client.token = body.token
      client.credentials = { email, password }
      const me = await client.get<{ user: { email: string } | null }>('/api/users/me')
      if (me.body.user?.email.toLowerCase() === email.toLowerCase()) return client
      if (attempt === 5) throw new Error(`The session of ${email} was lost five times in a row`)
    }
  }

  /** The JWT from the login, for raw requests (uploads, cookies). */
  get authToken(): string | undefined {
    return this.token
  }

  /** Whom `login` signed in. */
  get email(): string | undefined {
    return this.credentials?.email
  }

  /**
   * The shared administrator. Other files log in as it at any time, and each login can drop this client's session
   * (see login): a refusal whose cause is a lost session logs in again and repeats the request once.
   */
  static async asAdmin(): Promise<CmsClient> {
    const credentials = { email: inject('adminEmail'), password: inject('adminPassword') }
    const client = await CmsClient.login(credentials.email, credentials.password)
    client.credentials = credentials
    return client
  }

  /**
   * A refusal (401/403) whose cause is a session that a parallel login of the same user dropped is repeated once
   * after a fresh login; a refusal with the session intact is the answer. Only clients made by `login` do this.
   */
  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<CmsResponse<T>> {
    const response = await this.send<T>(method, path, body)
    if ((response.status !== 401 && response.status !== 403) || !this.credentials) return response
    const me = await this.send<{ user: { email: string } | null }>('GET', '/api/users/me')
    if (me.body.user) return response
    // A user the test locked or deleted cannot log in again: then the refusal stands.
    const again = await CmsClient.login(this.credentials.email, this.credentials.password).catch(() => undefined)
    if (!again) return response
    this.token = again.token
    return this.send<T>(method, path, body)
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<CmsResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `JWT ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
  }

  get<T = Record<string, unknown>>(path: string): Promise<CmsResponse<T>> {
    return this.request<T>('GET', path)
  }

  async graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    return this.request<{ data?: T; errors?: { message: string }[] }>('POST', '/api/graphql', { query, variables })
  }
}

/**
 * Creates a staff user through the admin's REST endpoint and returns a client logged in as that user (and its
 * password, for a browser login). `fields` adds to the account, e.g. `{ region }` for a regional editor.
 */
export async function createStaffUser(
  admin: CmsClient,
  roles: string[],
  fields: Record<string, unknown> = {},
): Promise<{ client: CmsClient; id: number; email: string; password: string }> {
  const email = `${roles.join('-') || 'none'}-${randomBytes(4).toString('hex')}@test.nspm.localhost`
  const password = randomBytes(12).toString('base64url')
  const created = await admin.request<{ doc: { id: number } }>('POST', '/api/users', { email, password, roles, name: 'Test', ...fields })
  if (created.status !== 201) throw new Error(`Creating a user failed with ${created.status}: ${JSON.stringify(created.body)}`)
  return { client: await CmsClient.login(email, password), id: created.body.doc.id, email, password }
}

/**
 * The admin's HTML as a signed-in user's browser gets it on opening a URL (server components rendered, Swedish by
 * default): the session cookie counts only with a browser's `Sec-Fetch-Site` (Payload's CSRF check). The admin
 * answers 200 with its login form when the session does not count, so a page that "shows nothing" would prove
 * nothing: the page must be the signed-in admin (its account link) of this very user (the email it carries).
 */
export async function adminPage(client: CmsClient, path: string, { language = 'sv', cookie = '' } = {}): Promise<string> {
  const headers = { cookie: [`payload-token=${client.authToken}`, cookie].filter(Boolean).join('; '), 'sec-fetch-site': 'none', 'accept-language': language }
  const response = await fetch(`${client.baseUrl}${path}`, { headers })
  expect(response.status).toBe(200)
  const html = await response.text()
  expect(client.email, 'a client made by CmsClient.login or createStaffUser').toBeTypeOf('string')
  expect(html, `${path} is not the signed-in admin of ${client.email}`).toContain('href="/admin/account"')
  expect(html, `${path} is not rendered for ${client.email}`).toContain(client.email!)
  return html
}
