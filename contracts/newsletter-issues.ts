import type { ContentLocale } from './locales'

/**
 * Newsletter issues across the two processes. The CMS owns the issue (Payload's `newsletter_issues`: subject,
 * body, topics, language, publications, drafts and versions) and renders it when an editor schedules it; the API
 * owns the send (these tables, created by its migration Migration20261207150000_newsletter_sends): it freezes the
 * recipients when the send starts, sends one message per recipient through its SMTP transport, throttled, and
 * serves the public archive of sent issues. The CMS writes `newsletter_sends` rows (schedule, pause, resume,
 * cancel) and NOTIFYs NEWSLETTER_CHANNEL in the same transaction; it reads deliveries only to count them.
 */
export const NEWSLETTER_SENDS_TABLE = 'nspm_api.newsletter_sends'
export const NEWSLETTER_DELIVERIES_TABLE = 'nspm_api.newsletter_deliveries'
export const NEWSLETTER_BOUNCES_TABLE = 'nspm_api.newsletter_bounces'

/** An issue is written in Swedish, in English, or in both (then every subscriber gets the language they chose). */
export const ISSUE_LANGUAGES = ['sv', 'en', 'both'] as const
export type IssueLanguage = (typeof ISSUE_LANGUAGES)[number]

/** The language a subscriber whose own language is `subscriberLocale` receives an issue in. */
export const deliveryLocale = (language: IssueLanguage, subscriberLocale: ContentLocale): ContentLocale => (language === 'both' ? subscriberLocale : language)

/**
 * `newsletter_sends.state`. The CMS moves: (none or cancelled before it started) → scheduled, scheduled → cancelled,
 * sending → paused, paused → sending (resume), sending | paused → cancelled. The API moves: scheduled → sending
 * (at `scheduled_at`, freezing the recipients in the same transaction), sending → sent (no delivery left to try)
 * or failed (nothing could be sent at all).
 */
export type SendState = 'scheduled' | 'sending' | 'paused' | 'sent' | 'failed' | 'cancelled'

/*
 * `newsletter_deliveries.status` (pending, sending, sent, failed, skipped: the migration's CHECK), one row per
 * (send, subscriber), unique. `sending` is committed before the SMTP conversation starts, so a crash leaves it
 * there and nobody gets the issue twice: such a row becomes `failed` with code `interrupted`, never `pending`
 * again. `skipped`: unsubscribed, erased, bouncing or cancelled meanwhile.
 */

/**
 * Who gets an issue, as one SQL condition on a row `subscriber` of Payload's `newsletter_subscribers`: confirmed,
 * wanting at least one of the issue's topics (`topics`: an SQL expression of type text[], e.g. a bound parameter or
 * `send.topics`), and not bouncing. The API freezes the recipients with it and re-checks each one with it just
 * before their message leaves; the CMS counts with it before an editor confirms. One condition, so that the count
 * an editor confirms is the set that is frozen.
 */
export const eligibleSubscriberSql = (subscriber: string, topics: string): string => `(${subscriber}.status = 'confirmed'
  AND EXISTS (SELECT 1 FROM newsletter_subscribers_topics topic WHERE topic.parent_id = ${subscriber}.id AND topic.value::text = ANY (${topics}))
  AND NOT EXISTS (SELECT 1 FROM ${NEWSLETTER_BOUNCES_TABLE} bounce WHERE bounce.subscriber_id = ${subscriber}.id AND bounce.bouncing_since IS NOT NULL))`

/** Permanent SMTP failures (5xx) in this many issues in a row mark the address as bouncing: it is mailed no more. */
export const BOUNCING_AFTER_ISSUES = 3

/**
 * One language of an issue as rendered by the CMS (cms/newsletter/): the whole message (`html`, `text`) with the
 * per-subscriber links as placeholders, and the content alone (`bodyHtml`, `bodyText`: body and announced
 * publications, without greeting footer or links) for the public archive. Stored in `newsletter_sends.rendered`.
 */
export type RenderedIssue = { subject: string; preheader: string; html: string; text: string; bodyHtml: string; bodyText: string }
export type RenderedIssues = Partial<Record<ContentLocale, RenderedIssue>>

/** The per-subscriber links in a rendered issue, replaced by `personalise` when a message is sent. */
export const LINK_PLACEHOLDERS = {
  unsubscribe: '%%NSPM_UNSUBSCRIBE_URL%%',
  preferences: '%%NSPM_PREFERENCES_URL%%',
  data: '%%NSPM_DATA_URL%%',
} as const
export type SubscriberLinks = Record<keyof typeof LINK_PLACEHOLDERS, string>

const escapeHtmlAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * The message one subscriber gets: the rendered issue with their own links (HTML-escaped in the HTML part). The
 * admin's preview and the test send use the same function with sample links, so the preview is what is sent.
 */
export function personalise(issue: RenderedIssue, links: SubscriberLinks): { subject: string; html: string; text: string } {
  let { html, text } = issue
  for (const [name, placeholder] of Object.entries(LINK_PLACEHOLDERS) as [keyof SubscriberLinks, string][]) {
    html = html.replaceAll(placeholder, escapeHtmlAttribute(links[name]))
    text = text.replaceAll(placeholder, links[name])
  }
  return { subject: issue.subject, html, text }
}

/** Outbox kind of "send a test to me": to the signed-in editor only. Payload `{ rendered: RenderedIssue }`, links inert. */
export const NEWSLETTER_TEST_MAIL_KIND = 'newsletter-issue-test'
export type NewsletterTestPayload = { rendered: RenderedIssue }

/**
 * The payload of CONTENT_CHANGED_CHANNEL (contracts/channels.ts) when the public archive changes: whoever moves a
 * send into or out of `sent` NOTIFYs it in the same transaction, and every API replica drops its cached answers
 * (GraphQL `newsletterIssues` / `newsletterIssue` and the /newsletter/issues pages), as for a publish in the CMS.
 */
export const ARCHIVE_CHANGED_PAYLOAD = 'newsletter-issues'

/** Messages per minute when NEWSLETTER_SEND_RATE is not set; 0 sends as fast as the relay takes them. */
export const DEFAULT_SEND_RATE_PER_MINUTE = 600
