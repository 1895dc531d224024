import type { MikroORM } from '@mikro-orm/postgresql'
import { purgeKeyUsage } from './keys/key-usage'
import { purgeRateLimits } from './limits/sliding-log'
import type { ApiConfig } from './config'
import { purgeSentMail, startOutboxWorker, type MailRenderer, type OutboxWorker } from './mail/outbox'
import { purgeChanges } from './modules/changes/changes.retention'
import { createMailTransport } from './mail/transport'
import { purgeCheckTokens } from './modules/coordinator-checks/check-tokens'
import { COORDINATOR_CHECK_MAIL_KINDS, coordinatorCheckRenderer } from './modules/coordinator-checks/check.mail'
import { purgeUnconfirmed } from './modules/newsletter/manage.service'
import { NEWSLETTER_MAIL_KINDS, newsletterRenderer } from './modules/newsletter/newsletter.mail'
import { startNewsletterSender, type NewsletterObserver, type NewsletterSender } from './modules/newsletter-sending/sender'
import { newsletterTestRenderer } from './modules/newsletter-sending/test-mail'
import { NEWSLETTER_TEST_MAIL_KIND } from '../../contracts/newsletter-issues'
import { ORDER_MAIL_KINDS, renderOrderMail } from './modules/orders/order.mail'
import { purgeOrderPersonalData } from './modules/orders/order.service'
import { purgeFinishedDeliveries } from './webhooks/deliveries'
import { purgeExpiredSecrets } from './webhooks/secrets'
import { startWebhookWorker, type WebhookWorker, type WebhookWorkerOptions } from './webhooks/worker'
import { errorKind, type Logger } from './observability/logger'

type Options = {
  orm: MikroORM
  /** `cmsUrl`, when given, is where the escalation emails send editors (the CMS dashboard). */
  config: Pick<ApiConfig, 'smtpUrl' | 'mailFrom' | 'mailCatchDir' | 'publicUrl' | 'orderRetentionDays' | 'changeRetentionDays' | 'keyUsageRetentionDays'> &
    Partial<Pick<ApiConfig, 'cmsUrl'>>
  log: Logger
  pollIntervalMs?: number
  backoff?: { baseMs: number; maxMs: number }
  /** Without it: every kind this API renders. With it: only these (tests split the kinds between workers). */
  kinds?: readonly string[]
  /** False: only the retention job runs here; another process sends the email. */
  sendMail?: boolean
  /** The webhook worker's settings; without them this process sends no webhooks. */
  webhooks?: Omit<WebhookWorkerOptions, 'orm' | 'log'>
  /** The newsletter sender's settings; without them (or without sendMail) this process sends no newsletter issues. */
  newsletter?: { ratePerMinute: number; observe?: NewsletterObserver; pollIntervalMs?: number }
}

export type BackgroundWork = {
  outbox: OutboxWorker | null
  webhooks: WebhookWorker | null
  newsletter: NewsletterSender | null
  runRetention: () => Promise<void>
  stop: () => Promise<void>
}

const HOUR = 60 * 60 * 1000
/** Newsletter messages in flight at once per replica, each on its own pooled SMTP connection. */
const NEWSLETTER_LANES = 4

/** The API's background work: the email outbox, newsletter issues, the webhooks and the hourly retention job (GDPR storage limits, the change log, key usage). */
export function startBackgroundWork({
  orm,
  config,
  log,
  pollIntervalMs,
  backoff,
  kinds,
  sendMail = true,
  webhooks: webhookSettings,
  newsletter: newsletterSettings,
}: Options): BackgroundWork {
  const transport = sendMail ? createMailTransport({ smtpUrl: config.smtpUrl, catchDir: config.mailCatchDir, log }) : null
  const newsletter = newsletterRenderer(config.publicUrl, orm)
  const checks = coordinatorCheckRenderer({ publicUrl: config.publicUrl, cmsUrl: config.cmsUrl, orm })
  const issueTest = newsletterTestRenderer(config.publicUrl)
  const render: MailRenderer = (row, em) =>
    row.kind.startsWith('order-')
      ? renderOrderMail(row, em)
      : COORDINATOR_CHECK_MAIL_KINDS.includes(row.kind)
        ? checks(row, em)
        : row.kind === NEWSLETTER_TEST_MAIL_KIND
          ? issueTest(row)
          : newsletter(row, em)
  const outbox = transport
    ? startOutboxWorker({
        orm,
        transport,
        from: config.mailFrom,
        render,
        log,
        pollIntervalMs,
        backoff,
        kinds: kinds ?? [...NEWSLETTER_MAIL_KINDS, NEWSLETTER_TEST_MAIL_KIND, ...ORDER_MAIL_KINDS, ...COORDINATOR_CHECK_MAIL_KINDS],
      })
    : null
  // Its own pooled SMTP connections: a newsletter keeps them busy for minutes, the outbox's mail must not wait.
  const issueTransport =
    sendMail && newsletterSettings ? createMailTransport({ smtpUrl: config.smtpUrl, catchDir: config.mailCatchDir, log, pooledConnections: NEWSLETTER_LANES }) : null
  const issues =
    issueTransport && newsletterSettings
      ? startNewsletterSender({ orm, transport: issueTransport, from: config.mailFrom, publicUrl: config.publicUrl, log, lanes: NEWSLETTER_LANES, ...newsletterSettings })
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
    const checkTokens = await purgeCheckTokens(em)
    log.info(
      {
        checkTokensDeleted: checkTokens,
        unconfirmedSubscribersDeleted: subscribers,
        ordersAnonymised: orders,
        sentMailsDeleted: mails,
        webhookDeliveriesDeleted: deliveries,
        changesDeleted: changes,
        keyUsageRowsDeleted: keyUsage,
      },
      'retention',
    )
  }
  const timer = setInterval(() => void runRetention().catch((error: unknown) => log.error({ kind: errorKind(error) }, 'retention failed')), HOUR)
  timer.unref()

  return {
    outbox,
    webhooks,
    newsletter: issues,
    runRetention,
    stop: async () => {
      clearInterval(timer)
      await webhooks?.stop()
      await issues?.stop()
      issueTransport?.close()
      await outbox?.stop()
      transport?.close()
    },
  }
}
