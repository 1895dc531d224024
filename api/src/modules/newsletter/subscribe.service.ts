import { createHash } from 'node:crypto'
import type { EntityManager } from '@mikro-orm/postgresql'
import { Locale } from '../../common/locale'
import type { LimitPolicy } from '../../limits/policy'
import type { RequestLimits } from '../../limits/request-limits'
import { FieldErrors, hasLength, isEmail, normaliseEmail } from '../../common/validation'
import { NewsletterTopic, type SubscribeInput, type SubscriptionRequestResult } from './newsletter.types'
import { subscribeStatements } from './subscribe.statements'

const ACCEPTED: Record<Locale, string> = {
  [Locale.SV]: 'Tack! Om adressen kan ta emot e-post kommer ett mejl med en bekräftelselänk. Prenumerationen börjar när du bekräftar.',
  [Locale.EN]: 'Thank you! If the address can receive email, a message with a confirmation link is on its way. The subscription starts when you confirm.',
}

/** Per email address: one mail a day at most, never shown to clients (it would tell who subscribes). */
export const MAIL_POLICY: LimitPolicy = { name: 'confirm-mail', quota: 1, windowSeconds: 86_400 }
const TOPICS = new Set<string>(Object.values(NewsletterTopic))

/**
 * Buckets name addresses by hash, never in clear. A hash of an address still identifies it to anyone who guesses
 * the address, so erasure deletes the bucket too: the trigger `erase_subscriber_traces` (cms/migrations/
 * 20261207_090100_audit_triggers.ts) computes this same name in SQL; the erasure tests look for it after erasure.
 */
export const addressBucket = (email: string): string => `confirm-mail:${createHash('sha256').update(email).digest('hex')}`

/**
 * Double opt-in, step one. The answer is the same for a new, pending, confirmed or unsubscribed address; at most
 * one email per address per day, silently, because a visible limit would tell who subscribes.
 */
export async function subscribe(em: EntityManager, input: SubscribeInput, limits: RequestLimits): Promise<SubscriptionRequestResult> {
  const email = normaliseEmail(input.email)
  const locale = input.locale ?? Locale.SV
  const errors = new FieldErrors()
  errors.check(isEmail(email), 'email', 'must be an email address')
  errors.check(input.topics.length > 0 && input.topics.every((topic) => TOPICS.has(topic)), 'topics', 'must name at least one topic')
  errors.check(input.consent.given === true, 'consent.given', 'must be true: consent is required')
  errors.check(hasLength(input.consent.textVersion, 1, 50), 'consent.textVersion', 'must be 1–50 characters')
  errors.check(!input.consent.source || hasLength(input.consent.source, 1, 200), 'consent.source', 'must be at most 200 characters')
  errors.throwIfAny()

  const policy = limits.caller.policies.subscriptions
  const outcome = await subscribeStatements(em, {
    email,
    locale,
    topics: [...new Set(input.topics)],
    consentSource: input.consent.source?.trim() || 'api',
    consentTextVersion: input.consent.textVersion.trim(),
    client: { bucket: limits.bucket(policy), policy },
    address: { bucket: addressBucket(email), policy: MAIL_POLICY },
  })
  limits.enforce(outcome.client)
  return { accepted: true, message: ACCEPTED[locale] }
}
