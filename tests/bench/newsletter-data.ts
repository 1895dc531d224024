import { withClient } from '../helpers/test-database'
import type { RenderedIssues } from '../../contracts/newsletter-issues'
import { fixtureIssue } from '../newsletter/helpers'

export const SUBSCRIBERS = 20_000

/** Rows per transaction and connection. */
const BATCH = 250

/**
 * Confirmed subscribers as the subscribe and confirm flows leave them (consent evidence, topics, the audit trail's
 * events), a quarter in English. In batches, each on a connection of its own: the audit trigger on the topics
 * stashes a setting per subscriber in the session, and PostgreSQL 15 keeps its settings in an array sorted again
 * on every new one, so 20,000 on one connection took over ten minutes.
 */
export async function addSyntheticSubscribers(databaseUrl: string): Promise<void> {
  for (let first = 1; first <= SUBSCRIBERS; first += BATCH) {
    await withClient(databaseUrl, (client) =>
      client.query(
        `WITH added AS (
         INSERT INTO newsletter_subscribers (email, status, locale, consent_given_at, consent_source, consent_text_version, confirmed_at, updated_at, created_at)
         SELECT 'bench-' || n || '@bench.example.org', 'confirmed', (CASE WHEN n % 4 = 0 THEN 'en' ELSE 'sv' END)::enum_newsletter_subscribers_locale,
           now(), 'bench', '2026-11', now(), now(), now()
         FROM generate_series($1::int, $2::int) AS n RETURNING id)
       INSERT INTO newsletter_subscribers_topics ("order", parent_id, value) SELECT 1, id, 'news' FROM added`,
        [first, Math.min(first + BATCH - 1, SUBSCRIBERS)],
      ),
    )
  }
}

/** An issue of a realistic size (about 12 kB of HTML per language) with the per-subscriber link placeholders. */
export function newsletterIssue(): RenderedIssues {
  const grow = (issue: ReturnType<typeof fixtureIssue>) => {
    const paragraph = '<p>Nationella samordningen mot prostitution och människohandel arbetar med stöd till myndigheter och civilsamhälle.</p>'
    return { ...issue, html: issue.html.replace('</p>', `</p>${paragraph.repeat(100)}`), text: `${issue.text}${'Ett stycke text om arbetet. '.repeat(100)}` }
  }
  return { sv: grow(fixtureIssue('Nyhetsbrev (benchmark)', 'sv')), en: grow(fixtureIssue('Newsletter (benchmark)', 'en')) }
}
