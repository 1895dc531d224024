import type { MikroORM } from '@mikro-orm/postgresql'
import { purgeKeyUsage } from './keys/key-usage'
import { purgeRateLimits } from './limits/sliding-log'
import type { ApiConfig } from './config'
import { purgeSentMail, startOutboxWorker, type MailRenderer, type OutboxWorker } from './mail/outbox'
import { purgeChanges } from './modules/changes/changes.retention'
import { createMailTransport } from './mail/transport'
import { purgeUnconfirmed } from './modules/newsletter/manage.service'
import { NEWSLETTER_MAIL_KINDS, newsletterRenderer } from './modules/newsletter/newsletter.mail'
import { ORDER_MAIL_KINDS, renderOrderMail } from './modules/orders/order.mail'
import { purgeOrderPersonalData } from './modules/orders/order.service'
import { purgeFinishedDeliveries } from './webhooks/deliveries'
import { purgeExpiredSecrets } from './webhooks/secrets'
import { startWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from './webhooks/worker'
import { errorKind, type Logger } from './observability/logger'

type Options = {
  orm: MikroORM
  config: Pick<ApiConfig, 'smtpUrl' | 'mailFrom' | 'mailCatchDir' | 'publicUrl' | 'orderRetentionDays' | 'changeRetentionDays' | 'keyUsageRetentionDays'>
  log: Logger
  pollIntervalMs?: number
  backoff?: { baseMs: number; maxMs: number }
  /** Without it: every kind this API renders. With it: only these (tests split the kinds between workers). */
  kinds?: readonly string[]
  /** False: only the retention job runs here; another process sends the email. */
  sendMail?: boolean
  /** The webhook worker's settings; without them this process sends no webhooks. */
  webhooks?: Omit<WebhookWorkerOptions, 'orm' | 'log'>
}

export type BackgroundWork = { outbox: OutboxWorker | null; webhooks: WebhookWorker | null; runRetention: () => Promise<void>; stop: () => Promise<void> }

const HOUR = 60 * 60 * 1000

/** The API's background work: the email outbox, the webhooks and the hourly retention job (GDPR storage limits, the change log, key usage). */
export function startBackgroundWork({ orm, config, log, pollIntervalMs, backoff, kinds, sendMail = true, webhooks: webhookSettings }: Options): BackgroundWork {
  const transport = sendMail ? createMailTransport({ smtpUrl: config.smtpUrl, catchDir: config.mailCatchDir, log }) : null
  const newsletter = newsletterRenderer(config.publicUrl, orm)
  const render: MailRenderer = (row, em) => (row.kind.startsWith('order-') ? renderOrderMail(row, em) : newsletter(row, em))
  const outbox = transport
    ? startOutboxWorker({ orm, transport, from: config.mailFrom, render, log, pollIntervalMs, backoff, kinds: kinds ?? [...NEWSLETTER_MAIL_KINDS, ...ORDER_MAIL_KINDS] })
    : null
  const webhooks = webhookSettings ? startWebhookWorker({ ...webhookSettings, orm, log }) : null

  const runRetention = async () => {
    const em = orm.em.fork()
    const subscribers = await purgeUnconfirmed(em, 7)
    const orders = await purgeOrderPersonalData(em, config.orderRetentionDays)
    const mails = await purgeSentMail(em, 30)
    await purgeRateLimits(em)
    const deliveries = await purgeFinishedDeliveries(em, 30)
    await purgeExpiredSecrets(em)
    const changes = await purgeChanges(em, config.changeRetentionDays)
    const keyUsage = await purgeKeyUsage(em, config.keyUsageRetentionDays)
    log.info({ unconfirmedSubscribersDeleted: subscribers, ordersAnonymised: orders, sentMailsDeleted: mails, webhookDeliveriesDeleted: deliveries, changesDeleted: changes, keyUsageRowsDeleted: keyUsage }, 'retention')
  }
  const timer = setInterval(() => void runRetention().catch((error: unknown) => log.error({ kind: errorKind(error) }, 'retention failed')), HOUR)
  timer.unref()

  return {
    outbox,
    webhooks,
    runRetention,
    stop: async () => {
      clearInterval(timer)
      await webhooks?.stop()
      await outbox?.stop()
      transport?.close()
    },
  }
}
