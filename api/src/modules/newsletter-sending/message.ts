import { parseMailFrom } from '../../../../cms/mail/smtp'
import type { ContentLocale } from '../../../../contracts/locales'
import { personalise, type RenderedIssue, type RenderedIssues, type SubscriberLinks } from '../../../../contracts/newsletter-issues'
import type { RenderedMail } from '../../mail/outbox'

export type IssueMail = RenderedMail & { messageId: string }

/** The subscriber's own links, in the shape every newsletter email uses (newsletter.mail.ts): one manage token. */
export const subscriberLinks = (publicUrl: string, manageToken: string, locale: ContentLocale): SubscriberLinks => {
  const link = (page: string) => `${publicUrl}/newsletter/${page}?token=${manageToken}&lang=${locale}`
  return { unsubscribe: link('unsubscribe'), preferences: link('preferences'), data: link('data') }
}

/** The rendering in the delivery's language; the other one if the CMS rendered only that (never nothing). */
export function renderingFor(rendered: RenderedIssues, locale: ContentLocale): RenderedIssue | undefined {
  return rendered[locale] ?? rendered.sv ?? rendered.en
}

/**
 * One subscriber's message: the issue with their links, the RFC 8058 one-click headers pointing at their own
 * unsubscribe link, `Precedence: bulk` and a List-Id so that filters and auto-responders know a mailing, and a
 * Message-ID per delivery. Nothing that tracks: no pixel, no rewritten links.
 */
export function issueMail(issue: RenderedIssue, links: SubscriberLinks, ids: { sendId: number; deliveryId: number; from: string }): IssueMail {
  const domain = parseMailFrom(ids.from).address.split('@')[1] ?? 'localhost'
  return {
    ...personalise(issue, links),
    messageId: `<newsletter.${ids.sendId}.${ids.deliveryId}@${domain}>`,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `NSPM <newsletter.${domain}>`,
      Precedence: 'bulk',
    },
  }
}
