import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, adminPage, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { createIssue, run } from './issue-helpers'

/**
 * The admin pages of issue 17 as a signed-in browser gets them: the issue's edit view carries the send panel and
 * the preview, and the subscribers list shows bouncing addresses (personal data) to subscriber managers only.
 */
describe('newsletter admin panels', () => {
  let manager: CmsClient
  let editor: CmsClient
  let subscriberId: number

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    manager = (await createStaffUser(admin, ['subscriber-manager'])).client
    editor = (await createStaffUser(admin, ['editor'])).client
    const [row] = await sql<{ id: number }>(
      "INSERT INTO newsletter_subscribers (email, status, locale, updated_at, created_at) VALUES ($1, 'confirmed', 'sv', now(), now()) RETURNING id",
      [`bouncing-${run}@example.org`],
    )
    subscriberId = row!.id
    await sql("INSERT INTO nspm_api.newsletter_bounces (subscriber_id, issues_in_a_row, last_code, bouncing_since) VALUES ($1, 3, '550', now())", [subscriberId])
  })
  afterAll(() => sql('DELETE FROM newsletter_subscribers WHERE id = $1', [subscriberId]))

  it('shows a subscriber manager the bouncing addresses above the subscribers list', async () => {
    const html = await adminPage(manager, '/admin/collections/newsletter-subscribers')
    expect(html).toContain('data-testid="bounced-addresses"')
    expect(html).toContain(`bouncing-${run}@example.org`)
    expect(html).toContain('Studsande adresser')
  })

  it('shows the issue’s edit view with the send panel and the preview', async () => {
    const id = await createIssue(editor, { language: 'sv' })
    const html = await adminPage(editor, `/admin/collections/newsletter-issues/${id}`)
    expect(html).toContain('data-testid="newsletter-send"')
    expect(html).toContain('data-testid="newsletter-preview"')
  })
})
