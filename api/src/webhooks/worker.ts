import type { MikroORM } from '@mikro-orm/postgresql'
import { retryDelayMs, type Backoff } from '../outbox/retry'
import { startWorkerLoop } from '../outbox/worker-loop'
import { cancelDelivery, leaseDueDeliveries, recordDelivered, recordFailure, type ClaimedDelivery } from './deliveries'
import { dispatchChanges } from './dispatcher'
import { WebhookEndpoint } from './endpoint.entity'
import { eventBody, signedHeaders } from './event'
import { postWebhook, type PostOutcome } from './safe-post'
import { signingSecrets } from './secrets'
import { errorKind, type Logger } from '../observability/logger'
import { CONTENT_CHANGES_CHANNEL, WEBHOOKS_CHANNEL } from '../../../contracts/channels'

/** Standard Webhooks' example schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, … (the give-up comes at 24 h). */
export const STANDARD_SCHEDULE_MS = [5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 504e5, 72e6, 864e5]

export type WebhookWorkerOptions = {
  orm: MikroORM
  /** WEBHOOK_SECRETS_KEY: opens the sealed signing secrets. */
  secretsKey: Buffer
  /** One attempt's deadline: DNS, connect, TLS and the answer's headers. */
  timeoutMs: number
  log: Logger
  pollIntervalMs?: number
  backoff?: Backoff
  /** Requests in flight at once (one per endpoint). */
  concurrency?: number
  dispatchBatch?: number
}
export type WebhookWorker = { drain(): Promise<void>; stop(): Promise<void> }

/**
 * The webhook outbox in the API process: the dispatcher turns new changes into deliveries (woken by the change
 * log's NOTIFY), the sender leases due deliveries and POSTs them (woken by the deliveries' NOTIFY, "send again" and
 * the poll, which also brings retries whose time has come). Sends run beside the loop, one per endpoint at a time,
 * so a slow partner holds up only its own deliveries, and never for longer than the timeout.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const { orm, secretsKey, timeoutMs, log, pollIntervalMs = 5_000, concurrency = 8, dispatchBatch = 500 } = options
  const backoff = options.backoff ?? { scheduleMs: STANDARD_SCHEDULE_MS }
  const inFlight = new Map<number, Promise<void>>()
  const aborts = new AbortController()
  let stopped = false

  const attempt = async (delivery: ClaimedDelivery, endpoint: WebhookEndpoint | undefined, secrets: string[] | 'unreadable' | undefined) => {
    const em = orm.em.fork()
    if (!endpoint?.active) return cancelDelivery(em, delivery)
    const body = eventBody(delivery)
    const outcome: PostOutcome =
      secrets && secrets !== 'unreadable'
        ? await postWebhook({
            url: endpoint.url,
            body,
            headers: signedHeaders(delivery.deliveryId, body, secrets),
            allowPrivate: Boolean(endpoint.allowPrivateNetwork),
            timeoutMs,
            signal: aborts.signal,
          })
        : { ok: false, error: 'no-secret', detail: secrets }
    const entry = { deliveryId: delivery.deliveryId, endpointId: delivery.endpointId, attempts: delivery.attempts }
    if (outcome.ok) {
      await recordDelivered(em, delivery, outcome.status)
      log.info({ ...entry, status: outcome.status }, 'webhook delivered')
      return
    }
    // A partner's Retry-After is honoured, up to an hour; shutdown's aborted attempts go to another worker at once.
    const delayMs = outcome.error === 'aborted' ? 0 : Math.max(retryDelayMs(delivery.attempts, backoff), Math.min(outcome.retryAfterMs ?? 0, 3_600_000))
    const status = await recordFailure(em, delivery, { ...outcome, delayMs, final: outcome.error === 'gone' })
    log[status === 'failed' ? 'error' : 'warn'](
      { ...entry, error: outcome.error, httpStatus: outcome.status },
      status === 'failed' ? 'webhook failed for good' : 'webhook not delivered',
    )
  }

  const launchDue = async () => {
    while (!stopped && inFlight.size < concurrency) {
      const em = orm.em.fork()
      const claimed = await leaseDueDeliveries(em, { limit: concurrency - inFlight.size, busyEndpoints: [...inFlight.keys()], leaseMs: timeoutMs + 30_000 })
      if (claimed.length === 0) return
      const ids = [...new Set(claimed.map((delivery) => delivery.endpointId))]
      const endpoints = new Map((await em.find(WebhookEndpoint, { id: { $in: ids } })).map((endpoint) => [endpoint.id, endpoint]))
      const secrets = await signingSecrets(em, ids, secretsKey)
      for (const delivery of claimed) {
        const sending = attempt(delivery, endpoints.get(delivery.endpointId), secrets.get(delivery.endpointId))
          .catch((error: unknown) => log.error({ deliveryId: delivery.deliveryId, kind: errorKind(error) }, 'webhook attempt not recorded'))
          .finally(() => {
            inFlight.delete(delivery.endpointId)
            loop.wake()
          })
        inFlight.set(delivery.endpointId, sending)
      }
    }
  }

  const run = async () => {
    while ((await dispatchChanges(orm.em.fork(), dispatchBatch)).changes === dispatchBatch) {
      // A backlog (the worker was off): the next batch.
    }
    await launchDue()
  }

  const clientUrl = orm.config.get('clientUrl')
  if (!clientUrl) throw new Error('the webhook worker needs the ORM clientUrl to LISTEN')
  const loop = startWorkerLoop({ connectionString: clientUrl, channels: [CONTENT_CHANGES_CHANNEL, WEBHOOKS_CHANNEL], pollIntervalMs, name: 'webhooks', log, run })

  return {
    async drain() {
      for (;;) {
        await loop.exclusive(run)
        if (inFlight.size === 0) return
        await Promise.all(inFlight.values())
      }
    },
    async stop() {
      stopped = true
      await loop.stop()
      aborts.abort()
      await Promise.all(inFlight.values())
    },
  }
}
