import { randomInt } from 'node:crypto'
import { CONTENT_CHANGED_CHANNEL } from '../../contracts/channels'
import { ARCHIVE_CHANGED_PAYLOAD, NEWSLETTER_SENDS_TABLE, type IssueLanguage, type RenderedIssue, type SendState } from '../../contracts/newsletter-issues'
import type { ContentLocale } from '../../contracts/locales'
import type { Topic } from '../../contracts/select-values/newsletter'
import { sql } from './sql'

type IssueTexts = Partial<Record<ContentLocale, Pick<RenderedIssue, 'subject' | 'preheader' | 'bodyHtml' | 'bodyText'>>>

/** The whole rendered message of one language, as the CMS stores it: the archive must never serve `html` or `text`. */
const rendered = (texts: IssueTexts) =>
  Object.fromEntries(
    Object.entries(texts).map(([locale, text]) => [
      locale,
      { ...text, html: `<html>${text.bodyHtml} <a href="%%NSPM_UNSUBSCRIBE_URL%%">unsubscribe</a></html>`, text: `${text.bodyText}\n%%NSPM_UNSUBSCRIBE_URL%%` },
    ]),
  )

/**
 * A send row as the CMS and the sender leave it (contracts/newsletter-issues.ts), written with SQL as the brief of
 * the archive allows: `state` `sent` makes it an archived issue. Returns the issue id (random, so that test files
 * running at once never collide on the unique `issue_id`).
 */
export async function insertSend(options: { slug: string; language: IssueLanguage; topics: Topic[]; texts: IssueTexts; state?: SendState; finishedAt?: Date }): Promise<number> {
  const issueId = randomInt(100_000_000, 2_000_000_000)
  const state = options.state ?? 'sent'
  const finishedAt = state === 'sent' ? (options.finishedAt ?? new Date()) : null
  // With the NOTIFY a sent issue comes with, so that no API process keeps an answer from before it.
  await sql(
    `WITH inserted AS (
       INSERT INTO ${NEWSLETTER_SENDS_TABLE} (issue_id, slug, language, topics, rendered, state, scheduled_at, requested_by, started_at, finished_at, recipients)
       VALUES ($1, $2, $3, $4, $5, $6, now() - interval '1 hour', 7, now() - interval '1 hour', $7, 1234) RETURNING state)
     SELECT pg_notify($8, $9) FROM inserted WHERE state = 'sent'`,
    [issueId, options.slug, options.language, options.topics, JSON.stringify(rendered(options.texts)), state, finishedAt, CONTENT_CHANGED_CHANNEL, ARCHIVE_CHANGED_PAYLOAD],
  )
  return issueId
}

/** What the sender does when the last delivery is done: `sent`, and the NOTIFY that clears every replica's cache, in one transaction. */
export async function markSent(issueId: number, finishedAt = new Date()): Promise<void> {
  await sql(
    `WITH sent AS (UPDATE ${NEWSLETTER_SENDS_TABLE} SET state = 'sent', finished_at = $2, updated_at = now() WHERE issue_id = $1 RETURNING id)
     SELECT pg_notify($3, $4) FROM sent`,
    [issueId, finishedAt, CONTENT_CHANGED_CHANNEL, ARCHIVE_CHANGED_PAYLOAD],
  )
}

/** Removes the test's sends, so that other files' archive pages are not cluttered. */
export async function deleteSends(issueIds: number[]): Promise<void> {
  await sql(`DELETE FROM ${NEWSLETTER_SENDS_TABLE} WHERE issue_id = ANY($1::int[])`, [issueIds])
}
