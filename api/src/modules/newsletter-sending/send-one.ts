import type { MikroORM } from '@mikro-orm/postgresql'
import type { RenderedIssues } from '../../../../contracts/newsletter-issues'
import { smtpFailure } from '../../mail/errors'
import type { MailTransport } from '../../mail/transport'
import { retryDelayMs, type Backoff } from '../../outbox/retry'
import { issueToken } from '../newsletter/tokens'
import type { ClaimedDelivery } from './claim'
import { recordFailed, recordRetry, recordSent } from './deliveries'
import { issueMail, renderingFor, subscriberLinks } from './message'

/** What became of one message: `sent`, `retry` (pending again), or `failed` with its code. */
export type DeliveryOutcome = { status: 'sent' } | { status: 'retry' | 'failed'; code: string }

type Context = { orm: MikroORM; transport: MailTransport; from: string; publicUrl: string; backoff: Backoff; maxAttempts: number }

/**
 * Sends one claimed delivery: its row is already committed as `sending`, so whatever happens from here on, the
 * message leaves at most once. A new manage token is committed first (its own statement), so that the links work
 * the moment the message arrives.
 */
export async function sendDelivery(context: Context, send: { sendId: number; rendered: RenderedIssues }, delivery: ClaimedDelivery): Promise<DeliveryOutcome> {
  const em = context.orm.em.fork()
  const issue = renderingFor(send.rendered, delivery.locale)
  if (!issue) {
    await recordFailed(em, delivery.id, 'no-rendering', false)
    return { status: 'failed', code: 'no-rendering' }
  }
  const token = await issueToken(em, delivery.subscriberId, 'manage')
  const mail = issueMail(issue, subscriberLinks(context.publicUrl, token, delivery.locale), { sendId: send.sendId, deliveryId: delivery.id, from: context.from })
  try {
    await context.transport.send({ from: context.from, to: delivery.email, ...mail })
  } catch (error) {
    const failure = smtpFailure(error)
    if (failure.kind === 'temporary' && delivery.attempts < context.maxAttempts) {
      await recordRetry(em, delivery.id, failure.code, retryDelayMs(delivery.attempts, context.backoff))
      return { status: 'retry', code: failure.code }
    }
    await recordFailed(em, delivery.id, failure.code, failure.kind === 'permanent')
    return { status: 'failed', code: failure.code }
  }
  await recordSent(em, delivery.id)
  return { status: 'sent' }
}
