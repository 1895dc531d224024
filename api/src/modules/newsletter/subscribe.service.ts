import { createHash } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/postgresql'
import { Locale } from '../../common/locale'
import { enforceRateLimit, hitRateLimit } from '../../common/rate-limit'
import { FieldErrors, hasLength, isEmail, normaliseEmail } from '../../common/validation'
import { enqueueMail } from '../../mail/outbox'
import { NewsletterTopic, SubscriptionStatus, type SubscribeInput, type SubscriptionRequestResult } from './newsletter.types'
import { insertOrLock, replaceTopics, updateSubscriber } from './subscribers.repository'

const ACCEPTED: Record<Locale, string> = {
  [Locale.SV]: 'Tack! Om adressen kan ta emot e-post kommer ett mejl med en bekräftelselänk. Prenumerationen börjar när du bekräftar.',
  [Locale.EN]: 'Thank you! If the address can receive email, a message with a confirmation link is on its way. The subscription starts when you confirm.',
}

/** Per client address: generous for an office behind one NAT, tight enough to stop a script. */
export const SUBSCRIBE_LIMIT = { windowSeconds: 3600, perClient: 20 }
const TOPICS = new Set<string>(Object.values(NewsletterTopic))

/** Buckets name addresses by hash: the rate-limit table holds no personal data. */
const addressBucket = (email: string) => `confirm-mail:${createHash('sha256').update(email).digest('hex')}`

/**
 * Double opt-in, step one. The answer is the same for a new, pending, confirmed or unsubscribed address; at most
 * one email per address per day, silently, because a visible limit would tell who subscribes.
 */
export async function subscribe(em: EntityManager, input: SubscribeInput, clientIp: string): Promise<SubscriptionRequestResult> {
  const email = normaliseEmail(input.email)
  const locale = input.locale ?? Locale.SV
  const errors = new FieldErrors()
  errors.check(isEmail(email), 'email', 'must be an email address')
  errors.check(input.topics.length > 0 && input.topics.every((topic) => TOPICS.has(topic)), 'topics', 'must name at least one topic')
  errors.check(input.consent.given === true, 'consent.given', 'must be true: consent is required')
  errors.check(hasLength(input.consent.textVersion, 1, 50), 'consent.textVersion', 'must be 1–50 characters')
  errors.check(!input.consent.source || hasLength(input.consent.source, 1, 200), 'consent.source', 'must be at most 200 characters')
  errors.throwIfAny()
  await enforceRateLimit(em, `subscribe:${clientIp}`, SUBSCRIBE_LIMIT.windowSeconds, SUBSCRIBE_LIMIT.perClient)

  await em.transactional(async (tx) => {
    const subscriber = await insertOrLock(tx, email, locale)
    const kind = subscriber.status === SubscriptionStatus.CONFIRMED ? 'newsletter-already-subscribed' : 'newsletter-confirm'
    // A confirmed subscription keeps its topics: changing them needs a link from the subscriber's own mailbox.
    if (subscriber.status !== SubscriptionStatus.CONFIRMED) {
      await updateSubscriber(tx, subscriber.id, {
        status: SubscriptionStatus.PENDING,
        locale,
        consent_given_at: new Date(),
        consent_source: input.consent.source?.trim() || 'api',
        consent_text_version: input.consent.textVersion.trim(),
        unsubscribed_at: null,
      })
      await replaceTopics(tx, subscriber.id, [...new Set(input.topics)])
    }
    if (await hitRateLimit(tx, addressBucket(email), 86_400, 1)) {
      await enqueueMail(tx, { kind, recipient: email, locale, payload: { subscriberId: subscriber.id } })
    }
  })
  return { accepted: true, message: ACCEPTED[locale] }
}
