import { randomBytes } from 'node:crypto'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { withClient } from '../helpers/test-database'
import { expectSwedishAdmin, login, openNavigation, SV, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'

const LIST = '/admin/collections/newsletter-subscribers'
const SUBSCRIBERS = 'Nyhetsbrevsprenumeranter'
const NOT_FOUND = 'Inget hittades'

/** What a staff member sees of subscribers in the admin: the navigation, the dashboard, the list and a subscriber. */
describe('subscribers in the admin are for subscriber managers only', { timeout: 180_000 }, () => {
  const browser = useBrowser()
  const address = `e2e-subscriber-${randomBytes(4).toString('hex')}@example.org`
  let editor: { email: string; password: string }
  let manager: { email: string; password: string }
  let subscriberId: number

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    editor = await createStaffUser(admin, ['editor'])
    manager = await createStaffUser(admin, ['subscriber-manager'])
    // As the API stores a subscription; a real document, so that its URL is refused for a reason other than absence.
    subscriberId = await withClient(
      inject('databaseUrl'),
      async (db) =>
        (
          await db.query<{ id: number }>(
            "INSERT INTO newsletter_subscribers (email, status, locale, confirmed_at, updated_at, created_at) VALUES ($1, 'confirmed', 'sv', now(), now(), now()) RETURNING id",
            [address],
          )
        ).rows[0]!.id,
    )
  })
  afterAll(() => withClient(inject('databaseUrl'), (db) => db.query('DELETE FROM newsletter_subscribers WHERE id = $1', [subscriberId])))

  async function expectRefused(page: Page, url: string): Promise<void> {
    await page.goto(url)
    await page.getByRole('heading', { name: NOT_FOUND }).waitFor()
    await page.getByText('Tyvärr, det finns inget som motsvarar din begäran.').waitFor()
    expect(await page.content()).not.toContain(address)
  }

  it('shows an editor no subscriber link, and "not found" for the list and for a subscriber\'s URL', async () => {
    const { page } = browser
    await login(page, editor.email, editor.password)
    await expectSwedishAdmin(page)
    const nav = await openNavigation(page)
    // The editor's own collections are there, so the missing link is the role's doing, not an empty menu.
    await nav.getByRole('link', { name: SV.coordinators, exact: true }).waitFor()
    expect(await nav.getByRole('link', { name: SUBSCRIBERS }).count()).toBe(0)
    expect(await page.locator(`a[href^="${LIST}"]`).count()).toBe(0)

    await expectRefused(page, LIST)
    await expectRefused(page, `${LIST}/${subscriberId}`)
  })

  it('shows a subscriber manager the link, the list and the subscriber (the same checks can see them)', async () => {
    const { page } = browser
    await login(page, manager.email, manager.password)
    const nav = await openNavigation(page)
    await nav.getByRole('link', { name: SUBSCRIBERS, exact: true }).click()
    await page.waitForURL((url) => url.pathname === LIST)
    // Other test files add subscribers meanwhile: search, as a manager would, rather than hope for the first page.
    await page.getByPlaceholder('Sök efter E-post').fill(address)
    // The search replaces the URL after a pause; a click before that would be undone by it.
    await page.waitForURL((url) => url.searchParams.get('search') === address)
    await page.getByRole('link', { name: address }).click()
    await page.waitForURL((url) => url.pathname === `${LIST}/${subscriberId}`)
    expect(await page.locator('#field-email').inputValue()).toBe(address)
  })

  it('shows a subscriber manager the subscriber read-only: consent is changed by the subscriber alone', async () => {
    const { page } = browser
    await login(page, manager.email, manager.password)
    await page.goto(`${LIST}/${subscriberId}`)
    // A form that is still loading disables its fields as well: only a ready form's disabled field is read-only.
    await waitForDocumentForm(page)
    expect(await page.locator('#field-email').isDisabled()).toBe(true)
    expect(await page.locator('#field-consent__source').isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: SV.save, exact: true }).count()).toBe(0)
  })
})
