import type { EntityManager } from '@mikro-orm/postgresql'
import type { Locale } from '../../common/locale'
import { rateLimitHitSql } from '../../common/rate-limit'
import { enqueueMailCtes } from '../../mail/outbox'
import type { NewsletterTopic } from './newsletter.types'

/**
 * Double opt-in step one as two statements in one transaction (the hot path of the newsletter form).
 *
 * Why two and not one: the first locks the subscriber row (the upsert). A concurrent request for the same address
 * waits there until this transaction commits, and its second statement then starts with a snapshot that sees this
 * one's topics. Folded into one statement, both would delete the topics of an older snapshot and leave duplicates.
 */
export type SubscribeRequest = {
  email: string
  locale: Locale
  topics: readonly NewsletterTopic[]
  consentSource: string
  consentTextVersion: string
  /** The client's counter; nothing but the count happens when it is over its limit. */
  client: { bucket: string; windowSeconds: number; limit: number }
  /** The address's counter: at most `limit` mails per window, silently (a visible limit would tell who subscribes). */
  address: { bucket: string; windowSeconds: number; limit: number }
}

export type SubscribeOutcome = { allowed: false } | { allowed: true; mailQueued: boolean }

// A confirmed subscription keeps everything: changing it needs a link from the subscriber's own mailbox.
const KEEP_IF_CONFIRMED = (column: string, value: string) => `${column} = CASE WHEN s.status = 'confirmed' THEN s.${column} ELSE ${value} END`

/** Counts the client, then inserts or locks the address; null when the client is over its limit. */
const UPSERT_SQL = `
  WITH client_hit AS (${rateLimitHitSql('VALUES (?::text, ?::int)')} RETURNING hits),
  allowed AS (SELECT hits <= ?::int AS ok FROM client_hit),
  subscriber AS (
    INSERT INTO newsletter_subscribers AS s (email, status, locale, consent_given_at, consent_source, consent_text_version, unsubscribed_at, updated_at, created_at)
    SELECT ?, 'pending', ?::enum_newsletter_subscribers_locale, now(), ?, ?, NULL, now(), now() FROM allowed WHERE allowed.ok
    ON CONFLICT (email) DO UPDATE SET
      ${KEEP_IF_CONFIRMED('status', "'pending'")},
      ${KEEP_IF_CONFIRMED('locale', 'EXCLUDED.locale')},
      ${KEEP_IF_CONFIRMED('consent_given_at', 'EXCLUDED.consent_given_at')},
      ${KEEP_IF_CONFIRMED('consent_source', 'EXCLUDED.consent_source')},
      ${KEEP_IF_CONFIRMED('consent_text_version', 'EXCLUDED.consent_text_version')},
      ${KEEP_IF_CONFIRMED('unsubscribed_at', 'NULL')},
      ${KEEP_IF_CONFIRMED('updated_at', 'now()')}
    RETURNING s.id, s.status = 'confirmed' AS confirmed
  )
  SELECT allowed.ok, subscriber.id, subscriber.confirmed FROM allowed LEFT JOIN subscriber ON true`

/** Replaces the topics of a not-yet-confirmed subscriber, counts the address and queues the mail it may get. */
const FOLLOW_UP_SQL = `
  WITH subscriber AS (SELECT ?::int AS id, ?::boolean AS confirmed),
  removed_topics AS (
    DELETE FROM newsletter_subscribers_topics t USING subscriber WHERE t.parent_id = subscriber.id AND NOT subscriber.confirmed
  ),
  added_topics AS (
    INSERT INTO newsletter_subscribers_topics ("order", parent_id, value)
    SELECT topic.position::int, subscriber.id, topic.value::enum_newsletter_subscribers_topics
    FROM subscriber, jsonb_array_elements_text(?::jsonb) WITH ORDINALITY AS topic (value, position) WHERE NOT subscriber.confirmed
  ),
  address_hit AS (${rateLimitHitSql('VALUES (?::text, ?::int)')} RETURNING hits),
  ${enqueueMailCtes(
    `SELECT CASE WHEN subscriber.confirmed THEN 'newsletter-already-subscribed' ELSE 'newsletter-confirm' END, ?::text, ?::text,
            jsonb_build_object('subscriberId', subscriber.id)
     FROM subscriber, address_hit WHERE address_hit.hits <= ?::int`,
    'mail',
    'mail_notify',
  )}
  SELECT (SELECT count(*) FROM mail_notify)::int AS queued`

export async function subscribeStatements(em: EntityManager, request: SubscribeRequest): Promise<SubscribeOutcome> {
  const { client, address } = request
  return em.transactional(async (tx) => {
    const [upserted] = await tx.execute<{ ok: boolean; id: number | null; confirmed: boolean | null }[]>(UPSERT_SQL, [
      client.bucket, client.windowSeconds, client.limit,
      request.email, request.locale, request.consentSource, request.consentTextVersion,
    ])
    // Over the limit: the transaction still commits, so the attempt is counted.
    if (!upserted?.ok || upserted.id === null) return { allowed: false }
    const [followUp] = await tx.execute<{ queued: number }[]>(FOLLOW_UP_SQL, [
      upserted.id, upserted.confirmed === true,
      // JSON, not an array: knex would spread an array binding into a list of parameters.
      JSON.stringify(request.topics),
      address.bucket, address.windowSeconds,
      request.email, request.locale, address.limit,
    ])
    return { allowed: true, mailQueued: (followUp?.queued ?? 0) > 0 }
  })
}
