import { Counter, type Registry } from 'prom-client'
import type { NewsletterObserver } from '../modules/newsletter-sending/sender'

/**
 * Newsletter messages by outcome: `sent`, `failed` (with the SMTP reply code or the error's identifier, e.g. 550,
 * ETIMEDOUT, interrupted), `retry` (refused for now, tried again later) and `skipped` (the subscriber left or
 * bounced meanwhile). Codes are a small set, never a message text, so the labels stay few and free of addresses.
 */
export function registerNewsletterMetrics(registry: Registry): NewsletterObserver {
  const messages = new Counter({
    name: 'nspm_api_newsletter_messages_total',
    help: 'Newsletter issue messages handled by this replica, by outcome (sent, failed, retry, skipped) and code (SMTP reply code or error identifier; empty when sent or skipped).',
    labelNames: ['outcome', 'code'] as const,
    registers: [registry],
  })
  return (outcome) => messages.inc({ outcome: outcome.status, code: 'code' in outcome ? outcome.code : '' })
}
