import type { EntityManager } from '@mikro-orm/postgresql'
import { BadInputError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { enqueueMail } from '../../mail/outbox'
import { SubscriptionStatus, type NewsletterTopic } from './newsletter.types'
import { deleteSubscriber, findSubscriber, replaceTopics, updateSubscriber, type SubscriberRow } from './subscribers.repository'
import { findToken, markUsed, type TokenPurpose } from './tokens'

/** One error for unknown, altered, expired and erased-subscriber tokens alike: the reason is nobody's business. */
const invalidLink = () => new BadInputError('The link is invalid or has expired.', { field: 'token', reason: 'INVALID_TOKEN' })

async function subscriberFor(tx: EntityManager, token: string, purpose: TokenPurpose) {
  const found = await findToken(tx, token, purpose)
  const subscriber = found ? await findSubscriber(tx, { id: found.subscriberId }, true) : null
  if (!found || !subscriber) throw invalidLink()
  return { token: found, subscriber }
}

/** Double opt-in, step two. A confirmation link works once. */
export function confirm(em: EntityManager, token: string): Promise<SubscriberRow> {
  return em.transactional(async (tx) => {
    const { token: row, subscriber } = await subscriberFor(tx, token, 'confirm')
    if (row.usedAt) throw new BadInputError('The link has already been used.', { field: 'token', reason: 'TOKEN_USED' })
    await markUsed(tx, row.id)
    await updateSubscriber(tx, subscriber.id, { status: SubscriptionStatus.CONFIRMED, confirmed_at: new Date(), unsubscribed_at: null })
    await enqueueMail(tx, { kind: 'newsletter-welcome', recipient: subscriber.email, locale: subscriber.locale, payload: { subscriberId: subscriber.id } })
    return { ...subscriber, status: SubscriptionStatus.CONFIRMED, confirmedAt: new Date() }
  })
}

/** Unsubscribe (also RFC 8058 one-click). Repeating it is harmless and answers the same. */
export function unsubscribe(em: EntityManager, token: string): Promise<SubscriberRow> {
  return em.transactional(async (tx) => {
    const { subscriber } = await subscriberFor(tx, token, 'manage')
    if (subscriber.status !== SubscriptionStatus.UNSUBSCRIBED) {
      await updateSubscriber(tx, subscriber.id, { status: SubscriptionStatus.UNSUBSCRIBED, unsubscribed_at: new Date() })
    }
    return { ...subscriber, status: SubscriptionStatus.UNSUBSCRIBED }
  })
}

export function preferences(em: EntityManager, token: string): Promise<SubscriberRow> {
  return em.transactional(async (tx) => (await subscriberFor(tx, token, 'manage')).subscriber)
}

export function updatePreferences(em: EntityManager, token: string, topics: NewsletterTopic[], locale: Locale | null): Promise<SubscriberRow> {
  if (topics.length === 0) throw new BadInputError('Choose at least one topic, or unsubscribe.', { fields: [{ field: 'topics', problem: 'must name at least one topic' }] })
  return em.transactional(async (tx) => {
    const { subscriber } = await subscriberFor(tx, token, 'manage')
    await replaceTopics(tx, subscriber.id, [...new Set(topics)])
    if (locale) await updateSubscriber(tx, subscriber.id, { locale })
    return { ...subscriber, topics: [...new Set(topics)], locale: locale ?? subscriber.locale }
  })
}

/** Everything stored about the subscriber (GDPR art. 15), for the holder of a manage link. */
export function exportData(em: EntityManager, token: string): Promise<SubscriberRow> {
  return preferences(em, token)
}

/** Erasure (GDPR art. 17): the subscriber, its tokens and its emails in the outbox. */
export function erase(em: EntityManager, token: string): Promise<void> {
  return em.transactional(async (tx) => {
    const { subscriber } = await subscriberFor(tx, token, 'manage')
    await deleteSubscriber(tx, subscriber)
  })
}

/**
 * Unconfirmed subscriptions older than `days` are deleted (the retention job), with the tokens of every
 * subscriber that no longer exists (also those deleted by staff in the admin). Returns how many subscriptions.
 */
export async function purgeUnconfirmed(em: EntityManager, days = 7): Promise<number> {
  const rows = await em.execute<{ id: number }[]>(
    `DELETE FROM newsletter_subscribers WHERE status = 'pending' AND coalesce(consent_given_at, created_at) < now() - make_interval(days => ?) RETURNING id`,
    [days],
  )
  await em.execute('DELETE FROM nspm_api.subscription_tokens t WHERE NOT EXISTS (SELECT 1 FROM newsletter_subscribers s WHERE s.id = t.subscriber_id)', [], 'run')
  return rows.length
}
