import type { MikroORM } from '@mikro-orm/postgresql'
import { NEWSLETTER_CHANNEL } from '../../../../contracts/channels'
import { NEWSLETTER_SENDS_TABLE, type RenderedIssues } from '../../../../contracts/newsletter-issues'
import type { MailTransport } from '../../mail/transport'
import type { Logger } from '../../observability/logger'
import type { Backoff } from '../../outbox/retry'
import { startWorkerLoop } from '../../outbox/worker-loop'
import { claimDeliveries, type ClaimedDelivery } from './claim'
import { failInterrupted, finishSends, skipCancelled } from './finish'
import { startDueSend } from './freeze'
import { sendDelivery, type DeliveryOutcome } from './send-one'
import { throttleOf } from './throttle'

/** Counts each message's outcome (metrics); `code` is an SMTP reply code or an error identifier. */
export type NewsletterObserver = (outcome: DeliveryOutcome | { status: 'skipped' }) => void

export type NewsletterSenderOptions = {
  orm: MikroORM
  transport: MailTransport
  from: string
  publicUrl: string
  log: Logger
  /** NEWSLETTER_SEND_RATE: messages per minute over all replicas; 0: as fast as the relay takes them. */
  ratePerMinute: number
  /** Messages in flight at once (and so at most this many `interrupted` by a crash). */
  lanes?: number
  pollIntervalMs?: number
  observe?: NewsletterObserver
}

export type NewsletterSender = { stop(): Promise<void> }

/** Greylisting and a relay that is down both clear within minutes to hours; after that a delivery fails. */
const RETRY: Backoff = { scheduleMs: [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000] }
const MAX_ATTEMPTS = 5

/**
 * Sends newsletter issues (contracts/newsletter-issues.ts) from their own tables, not through the outbox:
 * transactional mail (confirmations, receipts, coordinator checks) must never queue behind 20,000 newsletter
 * messages, and a newsletter delivery is at most once (committed `sending` before the SMTP conversation), while
 * the outbox is at least once. Woken by NEWSLETTER_CHANNEL and a poll; every replica may run it.
 */
export function startNewsletterSender(options: NewsletterSenderOptions): NewsletterSender {
  const { orm, log, lanes = 4, pollIntervalMs = 5_000, observe = () => {} } = options
  const throttle = throttleOf(options.ratePerMinute)
  const context = { orm, transport: options.transport, from: options.from, publicUrl: options.publicUrl, backoff: RETRY, maxAttempts: MAX_ATTEMPTS }
  let stopped = false
  const sleeps = new Set<() => void>()
  // A wait for the throttle's next slot, cut short by stop().
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        sleeps.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      sleeps.add(wake)
    })

  // A send's rendering is large and never changes while it is sent: read once per start of the send.
  const renderings = new Map<string, RenderedIssues>()
  const renderingOf = async (sendId: number, startedAt: string): Promise<RenderedIssues> => {
    const key = `${sendId}@${startedAt}`
    const known = renderings.get(key)
    if (known) return known
    const [row] = await orm.em.fork().execute<{ rendered: RenderedIssues }[]>(`SELECT rendered FROM ${NEWSLETTER_SENDS_TABLE} WHERE id = ?`, [sendId])
    renderings.clear()
    renderings.set(key, row?.rendered ?? {})
    return row?.rendered ?? {}
  }

  const deliver = async (send: { sendId: number; rendered: RenderedIssues }, delivery: ClaimedDelivery): Promise<DeliveryOutcome> => {
    // Not cut short by stop(): the delivery is committed `sending`, and a slot is at most a second away.
    if (delivery.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delivery.delayMs))
    const outcome = await sendDelivery(context, send, delivery)
    observe(outcome)
    return outcome
  }

  const run = async () => {
    const em = orm.em.fork()
    const interrupted = await failInterrupted(em)
    if (interrupted > 0) log.warn({ deliveries: interrupted }, 'newsletter deliveries interrupted by a crash: not sent again')
    for (let n = 0; n < interrupted; n += 1) observe({ status: 'failed', code: 'interrupted' })
    await skipCancelled(em)
    for (let started = await startDueSend(em); started; started = await startDueSend(em)) {
      log.info({ sendId: started.sendId, recipients: started.recipients, freezeMs: started.freezeMs }, 'newsletter send started')
    }
    while (!stopped) {
      const claim = await claimDeliveries(em, throttle, lanes)
      if (claim === null) break
      if ('waitMs' in claim) {
        await sleep(claim.waitMs)
        continue
      }
      for (let n = 0; n < claim.skipped; n += 1) observe({ status: 'skipped' })
      // Another replica took the due rows between the two looks: nothing left for this run.
      if (claim.deliveries.length === 0 && claim.skipped === 0) break
      const send = { sendId: claim.sendId, rendered: await renderingOf(claim.sendId, claim.startedAt) }
      // Every lane finishes before the run goes on or fails, so that no more than `lanes` are ever in flight.
      const settled = await Promise.allSettled(claim.deliveries.map((delivery) => deliver(send, delivery)))
      const outcomes = settled.map((result) => {
        if (result.status === 'rejected') throw result.reason
        return result.value
      })
      // Nothing went and the relay is away: wait for the retry time instead of cycling through every recipient.
      if (outcomes.length > 0 && outcomes.every((outcome) => outcome.status === 'retry')) break
    }
    for (const send of await finishSends(em)) log.info(send, 'newsletter send finished')
  }

  const clientUrl = orm.config.get('clientUrl')
  if (!clientUrl) throw new Error('the newsletter sender needs the ORM clientUrl to LISTEN')
  const loop = startWorkerLoop({ connectionString: clientUrl, channels: NEWSLETTER_CHANNEL, pollIntervalMs, name: 'newsletter', log, run })

  return {
    stop: async () => {
      stopped = true
      for (const wake of [...sleeps]) wake()
      await loop.stop()
    },
  }
}
