import { NEWSLETTER_TEST_MAIL_KIND, personalise, type NewsletterTestPayload, type RenderedIssue } from '../../../../contracts/newsletter-issues'
import type { OutboxRow, RenderedMail } from '../../mail/outbox'

const isRenderedIssue = (value: unknown): value is RenderedIssue =>
  typeof value === 'object' &&
  value !== null &&
  (['subject', 'preheader', 'html', 'text', 'bodyHtml', 'bodyText'] as const).every((key) => typeof (value as Record<string, unknown>)[key] === 'string')

/**
 * "Send a test to me" (queued by the CMS in the outbox, to the signed-in editor only): the issue exactly as
 * rendered, its subscriber links pointing at a page that explains they are inert, the subject marked as a test,
 * and no List-Unsubscribe (there is no subscription to end).
 */
export function newsletterTestRenderer(publicUrl: string) {
  return async (row: OutboxRow): Promise<RenderedMail | null> => {
    const rendered: unknown = (row.payload as Partial<NewsletterTestPayload>).rendered
    if (row.kind !== NEWSLETTER_TEST_MAIL_KIND || !isRenderedIssue(rendered)) return null
    const inert = `${publicUrl}/newsletter/test-link?lang=${row.locale}`
    const mail = personalise(rendered, { unsubscribe: inert, preferences: inert, data: inert })
    return { ...mail, subject: `[TEST] ${mail.subject}` }
  }
}
