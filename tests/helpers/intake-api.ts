import type { MikroORM } from '@mikro-orm/postgresql'
import { GraphQLClient } from 'graphql-request'
import { inject } from 'vitest'
import { startBackgroundWork, type BackgroundWork } from '../../api/src/background'
import { createOrm, migrateApiSchema } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { SmtpSink } from './smtp-sink'
import { silentLog } from './log-capture'

export type IntakeApi = {
  orm: MikroORM
  server: RunningServer
  background: BackgroundWork
  smtp: SmtpSink
  /** The API's base address, for the links in emails. */
  base: string
  client: (headers?: Record<string, string>) => GraphQLClient
  stop: () => Promise<void>
}

/**
 * The real API in the test process on port 0, with its outbox worker sending to a real in-process SMTP server.
 * Short backoff so that retries after an SMTP outage happen within a test's time.
 */
export async function startIntakeApi(options: { kinds: readonly string[]; orderRetentionDays?: number }): Promise<IntakeApi> {
  const smtp = await new SmtpSink().start()
  const orm = await createOrm({ databaseUrl: inject('databaseUrl') })
  await migrateApiSchema(orm)
  // Tests name their client address in X-Forwarded-For, so that limits count per test: the test is the proxy in
  // front of the API (loopback, trusted by TRUST_PROXY=true), and the address it forwards is the client.
  const server = await createServer({ orm, port: 0, host: '127.0.0.1', trustProxy: true, log: silentLog })
  const base = `http://127.0.0.1:${server.port}`
  const background = startBackgroundWork({
    orm,
    config: {
      smtpUrl: smtp.url,
      mailFrom: 'NSPM <nspm@test.nspm.localhost>',
      mailCatchDir: '.data/mail-test',
      publicUrl: base,
      orderRetentionDays: options.orderRetentionDays ?? 30,
      changeRetentionDays: 90,
      keyUsageRetentionDays: 400,
    },
    log: silentLog,
    pollIntervalMs: 200,
    backoff: { baseMs: 100, maxMs: 500 },
    // Test files run side by side on one database: each claims only the kinds of email it checks.
    kinds: options.kinds,
  })
  return {
    orm,
    server,
    background,
    smtp,
    base,
    client: (headers = {}) => new GraphQLClient(`${base}/graphql`, { headers }),
    stop: async () => {
      await server.stop()
      await background.stop()
      await smtp.stop()
      await orm.close()
    },
  }
}
