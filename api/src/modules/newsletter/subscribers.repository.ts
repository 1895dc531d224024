import type { EntityManager } from '@mikro-orm/postgresql'
import type { Locale } from '../../common/locale'
import type { NewsletterTopic, SubscriptionStatus } from './newsletter.types'

/** Rows of Payload's `newsletter_subscribers` (+ `_topics`), written by the API in the caller's transaction. */
export type SubscriberRow = {
  id: number
  email: string
  status: SubscriptionStatus
  locale: Locale
  topics: NewsletterTopic[]
  consentGivenAt: Date | null
  consentSource: string | null
  consentTextVersion: string | null
  confirmedAt: Date | null
  createdAt: Date
}

type DbRow = {
  id: number
  email: string
  status: SubscriptionStatus
  locale: Locale
  topics: NewsletterTopic[] | null
  consent_given_at: string | Date | null
  consent_source: string | null
  consent_text_version: string | null
  confirmed_at: string | Date | null
  created_at: string | Date
}

// MikroORM makes node-postgres return timestamps as text; GraphQL's DateTimeISO needs Dates.
const toDate = (value: string | Date | null): Date | null => (value === null ? null : new Date(value))

const SELECT = `
  SELECT s.id, s.email, s.status, s.locale, s.consent_given_at, s.consent_source, s.consent_text_version, s.confirmed_at, s.created_at,
    (SELECT array_agg(t.value::text ORDER BY t."order") FROM newsletter_subscribers_topics t WHERE t.parent_id = s.id) AS topics
  FROM newsletter_subscribers s`

const toRow = (row: DbRow): SubscriberRow => ({
  id: row.id,
  email: row.email,
  status: row.status,
  locale: row.locale,
  topics: row.topics ?? [],
  consentGivenAt: toDate(row.consent_given_at),
  consentSource: row.consent_source,
  consentTextVersion: row.consent_text_version,
  confirmedAt: toDate(row.confirmed_at),
  createdAt: toDate(row.created_at) ?? new Date(0),
})

export async function findSubscriber(em: EntityManager, where: { id: number } | { email: string }, lock = false): Promise<SubscriberRow | null> {
  const [column, value] = 'id' in where ? ['id', where.id] : ['email', where.email]
  const rows = await em.execute<DbRow[]>(`${SELECT} WHERE s.${column} = ?${lock ? ' FOR UPDATE OF s' : ''}`, [value])
  return rows[0] ? toRow(rows[0]) : null
}

export async function updateSubscriber(em: EntityManager, id: number, set: Record<string, string | Date | null>): Promise<void> {
  const columns = Object.keys(set)
  await em.execute(`UPDATE newsletter_subscribers SET ${columns.map((column) => `${column} = ?`).join(', ')}, updated_at = now() WHERE id = ?`, [...Object.values(set), id], 'run')
}

export async function replaceTopics(em: EntityManager, id: number, topics: NewsletterTopic[]): Promise<void> {
  await em.execute('DELETE FROM newsletter_subscribers_topics WHERE parent_id = ?', [id], 'run')
  // JSON, not an array: knex would spread an array binding into a list of parameters.
  await em.execute(
    `INSERT INTO newsletter_subscribers_topics ("order", parent_id, value)
     SELECT topic.position::int, ?, topic.value::enum_newsletter_subscribers_topics FROM jsonb_array_elements_text(?::jsonb) WITH ORDINALITY AS topic (value, position)`,
    [id, JSON.stringify(topics)],
    'run',
  )
}

/**
 * The subscriber's row and topics. What else names them (their emails in the outbox, sent or not, their tokens,
 * the per-address mail limit) goes with it by the database's trigger `erase_subscriber_traces`, whatever path
 * deletes a subscriber: this erasure, a staff delete in the admin, the retention job.
 */
export async function deleteSubscriber(em: EntityManager, subscriber: SubscriberRow): Promise<void> {
  await em.execute('DELETE FROM newsletter_subscribers WHERE id = ?', [subscriber.id], 'run')
}
