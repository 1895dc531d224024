import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { fillAndSettle, login, SV, toast, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'

/**
 * An administrator registers a partner's endpoint in the admin (in Swedish): an internal address is refused, the
 * signing secret is shown once in the sidebar, and the delivery log offers "Skicka igen". No webhook worker runs
 * here (tests/webhooks/delivery.test.ts has the only one): the failed delivery is written as the worker writes it.
 */
describe('a partner endpoint in the admin', { timeout: 180_000 }, () => {
  const browser = useBrowser()
  const name = `E2E-partner ${randomBytes(3).toString('hex')}`
  let admin: { client: CmsClient; email: string; password: string }
  let endpointId: number | undefined

  beforeAll(async () => {
    admin = await createStaffUser(await CmsClient.asAdmin(), ['admin'])
  })
  afterAll(async () => {
    if (endpointId) await admin.client.request('DELETE', `/api/webhook-endpoints/${endpointId}`)
  })

  it('refuses an internal address, shows the secret once and sends a failed delivery again', async () => {
    const { page } = browser
    await login(page, admin.email, admin.password)
    await page.goto('/admin/collections/webhook-endpoints/create')
    await waitForDocumentForm(page)
    await page.locator('#field-name').fill(name)
    await fillAndSettle(page, '#field-url', 'http://10.0.0.1/hooks')
    await page.getByRole('button', { name: SV.save, exact: true }).click()
    await page.getByText('10.0.0.1 är en intern adress (privat nät, RFC 1918)', { exact: false }).first().waitFor()
    expect(page.url()).toMatch(/\/create$/)

    await page.locator('#field-url').fill('https://partner.invalid/hooks/nspm')
    await page.getByRole('button', { name: SV.save, exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/webhook-endpoints\/\d+$/)
    endpointId = Number(/(\d+)$/.exec(page.url())?.[1])
    await waitForDocumentForm(page)

    await page.getByRole('button', { name: 'Visa nyckeln (visas en gång)' }).click()
    const shown = page.locator('[data-testid="webhook-secret"] code')
    await shown.waitFor()
    const secret = await shown.innerText()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    await page.reload()
    await waitForDocumentForm(page)
    await page.getByText('Den kan inte visas igen', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Byt nyckel' }).waitFor()
    expect(await page.content()).not.toContain(secret.slice(6))

    const [change] = await sql<{ id: string }>("SELECT id FROM content_changes WHERE type = 'Concept' ORDER BY id DESC LIMIT 1")
    const [delivery] = await sql<{ id: string }>(
      `INSERT INTO nspm_api.webhook_deliveries (endpoint_id, change_id, document_type, document_id, action, changed_at, status, attempts, last_error, last_attempt_at)
       VALUES ($1, $2, 'Concept', 1, 'CREATED', now(), 'failed', 8, 'connection-refused (ECONNREFUSED)', now())
       -- A webhook worker of another test file may already have fanned this change out to the new endpoint.
       ON CONFLICT (endpoint_id, change_id) DO UPDATE SET status = 'failed', attempts = 8, last_error = EXCLUDED.last_error, last_attempt_at = now()
       RETURNING id`,
      [endpointId, change?.id ?? 1],
    )
    await page.reload()
    await waitForDocumentForm(page)
    const row = page.locator('.nspm-deliveries__table tbody tr', { hasText: 'concept.created' })
    await row.waitFor()
    expect(await row.innerText()).toMatch(/Misslyckad\s+8\s+Anslutningen nekades \(ECONNREFUSED\)/)
    await row.getByRole('button', { name: 'Skicka igen' }).click()
    await toast(page, 'Skickas igen nu.').waitFor()
    expect(await sql('SELECT status, attempts FROM nspm_api.webhook_deliveries WHERE id = $1', [delivery!.id])).toEqual([{ status: 'pending', attempts: 0 }])
    await row.locator('td', { hasText: 'Väntar' }).waitFor()
  })
})
