import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiClient } from '../helpers/api-client'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

/**
 * Validation messages come in the caller's admin language: Payload picks `req.i18n` from the `payload-lng` cookie
 * (the admin's language switch), else from `Accept-Language`, else Swedish. Phone numbers are stored normalised and
 * shown formatted, in Payload's REST answers and in the public API.
 */
type PayloadErrors = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
const run = randomBytes(4).toString('hex')

describe('field validation in the editor’s language', () => {
  let editor: CmsClient
  let regionId: number
  const created: { collection: string; id: number }[] = []

  /** A raw request with language headers, which CmsClient does not send. */
  async function send(method: string, path: string, body: unknown, headers: Record<string, string>) {
    const response = await fetch(`${inject('cmsUrl')}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.authToken}`, ...headers },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as PayloadErrors & { doc?: { id: number } } }
  }
  const fieldErrors = (body: PayloadErrors) => body.errors?.[0]?.data?.errors ?? []

  beforeAll(async () => {
    editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    regionId = (await sql<{ id: number }>("SELECT id FROM regions WHERE slug = 'nord'"))[0]!.id
  })

  // Editors may delete content; a second administrator login here could drop another test file's admin session.
  afterAll(async () => {
    for (const { collection, id } of created) await editor.request('DELETE', `/api/${collection}/${id}`)
  })

  // Payload validates on publishing; saving a draft skips validation (drafts may be incomplete), normalising not.
  const coordinator = (number: string, status: 'draft' | 'published' = 'published') => ({
    title: `Valideringstest ${run}`,
    region: regionId,
    phones: [{ number, type: 'office' }],
    _status: status,
  })

  it('refuses a bad phone number in Swedish by default and with Accept-Language: sv', async () => {
    const variants: Record<string, string>[] = [{}, { 'accept-language': 'sv' }]
    for (const headers of variants) {
      const { status, body } = await send('POST', '/api/coordinators', coordinator('365 00 00'), headers)
      expect(status).toBe(400)
      expect(fieldErrors(body)).toMatchObject([
        { path: 'phones.0.number', message: 'Skriv numret med riktnummer, t.ex. 031-365 00 00, eller ett kortnummer som 112 eller 114 14.' },
      ])
    }
  })

  it('refuses it in English with Accept-Language: en or the admin language cookie', async () => {
    const variants: Record<string, string>[] = [{ 'accept-language': 'en' }, { cookie: 'payload-lng=en' }]
    for (const headers of variants) {
      const { status, body } = await send('POST', '/api/coordinators', coordinator('070-123 45'), headers)
      expect(status).toBe(400)
      expect(fieldErrors(body).map((error) => error.message)).toEqual(['The number has the wrong number of digits after the area code 070.'])
    }
  })

  it('stores a good number normalised and shows it formatted', async () => {
    const { status, body } = await send('POST', '/api/coordinators?draft=true', coordinator('031 3650000', 'draft'), {})
    expect(status).toBe(201)
    const id = body.doc!.id
    created.push({ collection: 'coordinators', id })
    const stored = await sql<{ number: string }>('SELECT p.number FROM _coordinators_v_version_phones p JOIN _coordinators_v v ON v.id = p._parent_id WHERE v.parent_id = $1', [id])
    expect(stored.map((row) => row.number)).toContain('+46313650000')
    const read = await editor.get<{ phones: { number: string }[] }>(`/api/coordinators/${id}?draft=true`)
    expect(read.body.phones.map((phone) => phone.number)).toEqual(['031-365 00 00'])
    // Saving the formatted form back (what the admin's form does) keeps the stored form.
    expect((await editor.request('PATCH', `/api/coordinators/${id}?draft=true`, { phones: read.body.phones })).status).toBe(200)
    const again = await sql<{ number: string }>('SELECT p.number FROM _coordinators_v_version_phones p JOIN _coordinators_v v ON v.id = p._parent_id WHERE v.parent_id = $1', [id])
    expect(new Set(again.map((row) => row.number))).toEqual(new Set(['+46313650000']))
  })

  it('publishes an organisation’s number normalised; the public API shows it formatted', async () => {
    const slug = `telefontest-${run}`
    const { status, body } = await send(
      'POST',
      '/api/organisations?locale=sv',
      { slug, name: `Telefontest ${run}`, type: 'civil-society', phone: '+46 (0)8 123 456 78', email: ' info@telefontest.se ', _status: 'published' },
      {},
    )
    expect(status).toBe(201)
    created.push({ collection: 'organisations', id: body.doc!.id })
    expect(await sql('SELECT phone, email FROM organisations WHERE slug = $1', [slug])).toEqual([{ phone: '+46812345678', email: 'info@telefontest.se' }])
    // The API's snapshot follows the publish through PostgreSQL's notification, a moment after the CMS answered.
    const publicPhone = async () =>
      (
        await apiClient()
          .request<{ organisation: { phone: { display: string; e164: string; telUri: string } } | null }>(
            gql`
              query ($slug: String!) {
                organisation(slug: $slug) {
                  phone {
                    display
                    e164
                    telUri
                  }
                }
              }
            `,
            { slug },
          )
          .catch(() => ({ organisation: null }))
      ).organisation?.phone
    await expect.poll(publicPhone, { timeout: 10_000, interval: 50 }).toEqual({ display: '08-123 456 78', e164: '+46812345678', telUri: 'tel:+46812345678' })
  })

  it('refuses a bad email address and wrong SCB codes in the caller’s language', async () => {
    const email = await send(
      'POST',
      '/api/organisations',
      { slug: `epost-${run}`, name: 'E-posttest', type: 'civil-society', email: 'info@telefontest' },
      { 'accept-language': 'en' },
    )
    expect(email.status).toBe(400)
    expect(fieldErrors(email.body)).toMatchObject([{ path: 'email', message: 'The domain after the @ must contain a dot, e.g. example.se.' }])

    const [kiruna] = await sql<{ id: number }>("SELECT id FROM municipalities WHERE code = '2584'")
    const wrongCounty = await send('PATCH', `/api/municipalities/${kiruna!.id}`, { code: '1484' }, {})
    expect(wrongCounty.status).toBe(400)
    expect(fieldErrors(wrongCounty.body)).toMatchObject([{ path: 'code', message: 'Kommunkoden ska börja med länets kod 25.' }])
    const [county] = await sql<{ id: number }>("SELECT id FROM counties WHERE code = '25'")
    const badCounty = await send('PATCH', `/api/counties/${county!.id}`, { code: '02' }, { 'accept-language': 'en' })
    expect(badCounty.status).toBe(400)
    expect(fieldErrors(badCounty.body)[0]?.message).toMatch(/^The county code must be one of Statistics Sweden's 21 county codes/)
  })
})
