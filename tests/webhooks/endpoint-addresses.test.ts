import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { registerEndpoint } from '../helpers/webhook-endpoints'

type ErrorBody = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const run = randomBytes(3).toString('hex')

/** Registering partners' endpoints in the CMS: the address rule (SSRF) at save, in the editor's language. */
describe('webhook endpoint addresses in the CMS', () => {
  let admin: CmsClient
  const created: number[] = []

  beforeAll(async () => {
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
  })
  afterAll(async () => {
    for (const id of created) await admin.request('DELETE', `/api/webhook-endpoints/${id}`)
  })

  const register = async (url: string, fields: Record<string, unknown> = {}) => {
    const result = await registerEndpoint(admin, { url, name: `Partner ${run}`, ...fields })
    created.push(result.id)
    return result
  }
  /** POST as the administrator in a language: Payload answers validation in the caller's admin language. */
  const attempt = async (data: Record<string, unknown>, language = 'sv') => {
    const response = await fetch(`${admin.baseUrl}/api/webhook-endpoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin.authToken}`, cookie: `payload-lng=${language}` },
      body: JSON.stringify({ name: `Avvisad ${run}`, ...data }),
    })
    const body = (await response.json()) as ErrorBody & { doc?: { id: number } }
    if (body.doc) created.push(body.doc.id)
    return { status: response.status, message: body.errors?.[0]?.data?.errors?.map((error) => error.message).join(' | ') ?? body.errors?.[0]?.message ?? '' }
  }

  it('refuses internal and special addresses when the endpoint is saved, in the editor\u2019s language', async () => {
    const refused: [string, RegExp][] = [
      ['http://127.0.0.1:8080/hook', /intern adress \(loopback/],
      ['http://[::1]/hook', /::1 är en intern adress/],
      ['http://10.1.2.3/hook', /privat nät, RFC 1918/],
      ['http://192.168.0.10/hook', /privat nät/],
      ['http://100.64.0.1/hook', /operatörs-NAT/],
      ['http://[fd00::1]/hook', /lokalt IPv6-nät/],
      ['http://[::ffff:127.0.0.1]/hook', /intern adress \(loopback/],
      ['http://localhost:3000/hook', /localhost \(127\.0\.0\.1\) är en intern adress/],
      ['http://169.254.169.254/latest/meta-data', /aldrig skickas till \(länklokal/],
      ['http://0.0.0.0/hook', /aldrig skickas till \(ospecificerad/],
      ['http://224.0.0.1/hook', /aldrig skickas till \(multicast/],
      ['http://192.0.2.1/hook', /aldrig skickas till \(särskild användning/],
      ['ftp://partner.example.org/hook', /ska börja med https:\/\//],
      ['https://user:secret@partner.example.org/hook', /användarnamn eller lösenord/],
      ['partner.example.org/hook', /fullständig adress/],
    ]
    for (const [url, message] of refused) {
      const result = await attempt({ url })
      expect(result.status, url).toBe(400)
      expect(result.message, url).toMatch(message)
    }
    const english = await attempt({ url: 'http://10.0.0.7/hook' }, 'en')
    expect(english.message).toMatch(/10\.0\.0\.7 is an internal address \(private network, RFC 1918\)\. Webhooks go to public addresses only/)
    // The explicit switch allows private networks, never link-local (cloud metadata) or unspecified addresses.
    expect((await attempt({ url: 'http://10.1.2.3/hook', allowPrivateNetwork: true })).status).toBe(201)
    expect((await attempt({ url: 'http://169.254.169.254/', allowPrivateNetwork: true })).status).toBe(400)
    // A public address, and a name that does not resolve (yet): saved; the delivery log will tell.
    expect((await attempt({ url: 'https://93.184.215.14/hook' })).status).toBe(201)
    expect((await attempt({ url: 'https://partner.invalid/hook' })).status).toBe(201)
  }, 60_000)

  it('checks the address again when the switch is turned off', async () => {
    const { id } = await register('http://127.0.0.1:9/hook', { allowPrivateNetwork: true })
    const off = await admin.request<ErrorBody>('PATCH', `/api/webhook-endpoints/${id}`, { allowPrivateNetwork: false })
    expect(off.status).toBe(400)
    expect(JSON.stringify(off.body)).toMatch(/Tillåt privata nätverksadresser/)
  })

  it('ignores a start position sent by the client', async () => {
    const { id } = await register('https://partner.invalid/b')
    const [{ start } = { start: '' }] = await sql<{ start: string }>('SELECT start_after_change AS start FROM webhook_endpoints WHERE id = $1', [id])
    const patched = await admin.request('PATCH', `/api/webhook-endpoints/${id}`, { startAfterChange: 0 })
    expect(patched.status).toBe(200)
    expect((await sql<{ start: string }>('SELECT start_after_change AS start FROM webhook_endpoints WHERE id = $1', [id]))[0]?.start).toBe(start)
  })
})
