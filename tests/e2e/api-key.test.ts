import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { bearer, eventually, postQuery } from '../helpers/api-keys'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { login, SV, toast, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'

/**
 * An administrator gives a partner an API key in the admin (in Swedish): the key is made and shown once in the
 * sidebar, works against the running API, is gone after a reload (only its prefix stays), and "Återkalla" makes
 * the API refuse it.
 */
describe('a partner API key in the admin', { timeout: 180_000 }, () => {
  const browser = useBrowser()
  const name = `E2E-nyckel ${randomBytes(3).toString('hex')}`
  let admin: { client: CmsClient; email: string; password: string }
  let keyId: number | undefined

  beforeAll(async () => {
    admin = await createStaffUser(await CmsClient.asAdmin(), ['admin'])
  })
  afterAll(async () => {
    if (keyId) await admin.client.request('DELETE', `/api/api-keys/${keyId}`)
  })

  it('creates a key, shows it once, and revokes it', async () => {
    const { page } = browser
    await login(page, admin.email, admin.password)
    await page.goto('/admin/collections/api-keys/create')
    await waitForDocumentForm(page)
    await page.getByText('Spara först. Sedan skapar du nyckeln här', { exact: false }).waitFor()
    await page.locator('#field-name').fill(name)
    await page.locator('#field-contact__organisation').fill('Region Testland')
    await page.locator('#field-contact__email').fill('it@region-testland.example.org')
    await page.getByRole('button', { name: SV.save, exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/api-keys\/\d+$/)
    keyId = Number(/(\d+)$/.exec(page.url())?.[1])
    await waitForDocumentForm(page)

    await page.getByRole('button', { name: 'Skapa nyckeln (visas en gång)' }).click()
    const shown = page.locator('[data-testid="api-key"] code')
    await shown.waitFor()
    const key = await shown.innerText()
    const [, publicId] = /^nspm_([0-9a-f]{12})_[0-9a-f]{64}$/.exec(key) ?? []
    expect(publicId).toBeDefined()
    await page.getByText('Den visas inte igen', { exact: false }).waitFor()
    const accepted = await postQuery(inject('apiUrl'), '{ regions { slug } }', bearer(key))
    expect(accepted.status).toBe(200)
    expect(accepted.headers.get('ratelimit-policy')).toBe('"queries";q=6000;w=60')

    await page.reload()
    await waitForDocumentForm(page)
    await page.getByText('Den kan inte visas igen', { exact: false }).waitFor()
    await page.getByText(`nspm_${publicId}_…`).waitFor()
    expect(await page.content()).not.toContain(key.slice(18))
    expect(await page.getByRole('button', { name: 'Skapa nyckeln (visas en gång)' }).count()).toBe(0)

    await page.getByRole('button', { name: 'Återkalla nyckeln' }).click()
    await page.getByText('Det går inte att ångra', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Ja, återkalla' }).click()
    await toast(page, 'Nyckeln är återkallad.').waitFor()
    await page.locator('#field-status', { hasText: 'Återkallad' }).waitFor()
    expect(await page.getByRole('button', { name: 'Återkalla nyckeln' }).count()).toBe(0)
    expect(await sql('SELECT status FROM api_keys WHERE id = $1', [keyId])).toEqual([{ status: 'revoked' }])
    await eventually(async () => (await postQuery(inject('apiUrl'), '{ regions { slug } }', bearer(key))).status === 401, 5_000, 'the API refuses the key')

    // The API writes usage every few seconds: the page shows the request, and the attempts after revocation apart.
    const today = new Date().toISOString().slice(0, 10)
    const counted = new RegExp(`^${today}\\s+1\\s+0\\s+[1-9]\\d*$`)
    await eventually(
      async () => {
        await page.reload()
        await waitForDocumentForm(page)
        await page.locator('[data-testid="api-key-last-used"]').waitFor()
        const row = page.locator('.nspm-usage__table tbody tr', { hasText: today })
        return (await row.count()) === 1 && counted.test((await row.innerText()).trim())
      },
      30_000,
      'the usage shown',
    )
    expect(await page.locator('[data-testid="api-key-last-used"]').innerText()).not.toContain('Aldrig')
  })
})
