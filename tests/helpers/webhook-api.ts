import type { MikroORM } from '@mikro-orm/postgresql'
import { inject } from 'vitest'
import { startBackgroundWork, type BackgroundWork } from '../../api/src/background'
import { createOrm, migrateApiSchema } from '../../api/src/orm'
import { parseSecretsKey } from '../../cms/webhooks/secret'
import { captureLog } from './log-capture'

export type WebhookApi = { orm: MikroORM; background: BackgroundWork; logs: string[]; drain: () => Promise<void>; stop: () => Promise<void> }

/**
 * The API's background work in the test process with its webhook worker only, as `api/src/index.ts` starts it but
 * with short retry intervals (100 ms doubling to 500 ms) and a short attempt timeout, so that retries happen
 * within a test. The key is the CMS's own (global-setup), so it opens the secrets the CMS sealed.
 */
export async function startWebhookApi(options: { timeoutMs: number }): Promise<WebhookApi> {
  const orm = await createOrm({ databaseUrl: inject('databaseUrl'), poolMax: 4 })
  await migrateApiSchema(orm)
  const secretsKey = parseSecretsKey(inject('webhookSecretsKey'))
  if (!secretsKey) throw new Error('global-setup provides no usable WEBHOOK_SECRETS_KEY')
  const { log, lines: logs } = captureLog()
  const background = startBackgroundWork({
    orm,
    config: {
      smtpUrl: undefined,
      mailFrom: 'NSPM <nspm@test.nspm.localhost>',
      mailCatchDir: '.data/mail-test',
      publicUrl: 'http://127.0.0.1',
      orderRetentionDays: 30,
      changeRetentionDays: 90,
      keyUsageRetentionDays: 400,
    },
    log,
    sendMail: false,
    webhooks: { secretsKey, timeoutMs: options.timeoutMs, pollIntervalMs: 200, backoff: { baseMs: 100, maxMs: 500 } },
  })
  return {
    orm,
    background,
    logs,
    drain: () => background.webhooks?.drain() ?? Promise.resolve(),
    stop: async () => {
      await background.stop()
      await orm.close()
    },
  }
}
