import type { EntityManager } from '@mikro-orm/postgresql'
import type { Locale } from '../../common/locale'
import type { LimitOutcome, LimitPolicy } from '../../limits/policy'
import { hitValues, limitHitSql, outcomeOf, type HitRow } from '../../limits/sliding-log'
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
  /** The caller's counter; nothing else happens when it refuses. */
  client: { bucket: string; policy: LimitPolicy }
  /** The address's counter: at most `quota` mails per window, silently (a visible limit would tell who subscribes). */
  address: { bucket: string; policy: LimitPolicy }
}

/** `client`: the caller's limit as the headers show it; `mailQueued` when the request was allowed. */
export type SubscribeOutcome = { client: LimitOutcome; mailQueued: boolean }

// A confirmed subscription keeps everything: changing it needs a link from the subscriber's own mailbox.
const KEEP_IF_CONFIRMED = (column: string, value: string) => `${column} = CASE WHEN s.status = 'confirmed' THEN s.${column} ELSE ${value} END`

/** Counts the client, then inserts or locks the address; no subscriber when the client is over its limit. */
const UPSERT_SQL = `
  WITH client_hit AS (${limitHitSql('VALUES (?::text, ?::int, ?::int)')}),
  subscriber AS (
    INSERT INTO newsletter_subscribers AS s (email, status, locale, consent_given_at, consent_source, consent_text_version, unsubscribed_at, updated_at, created_at)
    SELECT ?, 'pending', ?::enum_newsletter_subscribers_locale, now(), ?, ?, NULL, now(), now() FROM client_hit WHERE client_hit.allowed
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
  SELECT client_hit.*, subscriber.id, subscriber.confirmed FROM client_hit LEFT JOIN subscriber ON true`

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
  address_hit AS (${limitHitSql('VALUES (?::text, ?::int, ?::int)')}),
  ${enqueueMailCtes(
    `SELECT CASE WHEN subscriber.confirmed THEN 'newsletter-already-subscribed' ELSE 'newsletter-confirm' END, ?::text, ?::text,
            jsonb_build_object('subscriberId', subscriber.id)
     FROM subscriber, address_hit WHERE address_hit.allowed`,
    'mail',
    'mail_notify',
  )}
  SELECT (SELECT count(*) FROM mail_notify)::int AS queued`

export async function subscribeStatements(em: EntityManager, request: SubscribeRequest): Promise<SubscribeOutcome> {
  const { client, address } = request
  return em.transactional(async (tx) => {
    const [upserted] = await tx.execute<(HitRow & { id: number | null; confirmed: boolean | null })[]>(UPSERT_SQL, [
      ...hitValues(client.bucket, client.policy),
      request.email,
      request.locale,
      request.consentSource,
      request.consentTextVersion,
    ])
    const outcome = outcomeOf(client.policy, upserted!)
    // Refused: only the window was tidied (a refused attempt is not counted), which the commit keeps.
    if (!outcome.allowed || upserted?.id == null) return { client: outcome, mailQueued: false }
    const [followUp] = await tx.execute<{ queued: number }[]>(FOLLOW_UP_SQL, [
      upserted.id,
      upserted.confirmed === true,
      // JSON, not an array: knex would spread an array binding into a list of parameters.
      JSON.stringify(request.topics),
      ...hitValues(address.bucket, address.policy),
      request.email,
      request.locale,
    ])
    return { client: outcome, mailQueued: (followUp?.queued ?? 0) > 0 }
  })
}
