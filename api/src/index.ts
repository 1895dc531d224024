import 'reflect-metadata'
import { loadConfig } from './config'
import { startBackgroundWork } from './background'
import { releaseMemoryWhenIdle } from './idle-memory'
import { createResponseCache } from './cache/invalidation'
import { startPartnerKeys } from './keys/partner-keys'
import { createApiMetrics } from './observability/metrics'
import { startMetricsServer } from './observability/metrics-server'
import { createLogger, type Logger } from './observability/logger'
import { createOrm, migrateApiSchema } from './orm'
import { startReplicaReads } from './replicas/start'
import { createServer } from './server'
import { startReadModel } from './read-model/read-model'

/** After the HTTP drain, the outbox and the pool get this long to close before the process exits anyway. */
const CLEANUP_MS = 5_000

/**
 * Entry: config → ORM → server → listen. SIGTERM/SIGINT: stop accepting, let requests in flight finish within
 * API_SHUTDOWN_GRACE_MS, stop the background work, write the partner keys' usage counts, close the pool, exit 0 (1
 * when something had to be cut off).
 */
async function main(): Promise<void> {
  const config = loadConfig()
  const log = (logger = createLogger(config.logLevel))
  const orm = await createOrm({ databaseUrl: config.databaseUrl, replicaUrls: config.replicaUrls, poolMax: config.poolMax, acquireTimeoutMs: config.poolAcquireTimeoutMs })
  await migrateApiSchema(orm, (line) => log.info(line))
  if (config.webhookWorker && !config.webhookSecretsKey) log.warn('webhooks are not sent: WEBHOOK_SECRETS_KEY is not set')
  const webhooks = config.webhookWorker && config.webhookSecretsKey ? { secretsKey: config.webhookSecretsKey, timeoutMs: config.webhookTimeoutMs } : undefined
  const replicas = config.replicaUrls.length > 0 ? startReplicaReads({ orm, replicaUrls: config.replicaUrls, log }) : undefined
  const cache = config.responseCache ? createResponseCache(config.responseCacheMegabytes) : undefined
  // The published snapshot, from the primary, followed through its notifications (LISTEN works on the primary only).
  // After each refresh: reads that stay SQL (search, the feed) move to the primary until the replicas have replayed
  // the change, then the cache is cleared, so that no answer older than the new snapshot is stored after it.
  const readModel = await startReadModel({
    orm,
    databaseUrl: config.databaseUrl,
    log,
    onRefreshed: () => {
      replicas?.primaryChanged()
      cache?.invalidate()
    },
  })
  const keys = startPartnerKeys({ orm, databaseUrl: config.databaseUrl, log })
  // Metrics only on their own port: unset API_METRICS_PORT, and no metric is kept at all.
  const metrics = config.metricsPort === undefined ? undefined : createApiMetrics({ orm, cache })
  const metricsServer =
    metrics && config.metricsPort !== undefined ? await startMetricsServer({ registry: metrics.registry, port: config.metricsPort, host: config.host, log }) : undefined
  // The newsletter sender goes with the outbox worker (sendMail), so replicas that send no mail send no issues either.
  const newsletter = { ratePerMinute: config.newsletterSendRate, observe: metrics?.newsletter }
  const background = startBackgroundWork({ orm, config, log, sendMail: config.outboxWorker, webhooks, newsletter })
  const server = await createServer({
    orm,
    port: config.port,
    host: config.host,
    introspection: config.introspection,
    cmsUrl: config.cmsUrl,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    queriesPerMinute: config.queriesPerMinute,
    resolveCaller: keys.resolveCaller,
    production: config.isProduction,
    explorer: config.explorer,
    log,
    metrics,
    cache,
    readModel,
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    replicaReads: replicas,
  })
  log.info({ url: server.url }, 'API listening')
  const idleMemory = releaseMemoryWhenIdle(log)

  let stopping = false
  const shutdown = async (signal: string) => {
    // Ctrl+C under `npm start` delivers SIGINT to the group and then SIGTERM from the parent: one drain serves both.
    if (stopping) return
    stopping = true
    const started = Date.now()
    log.info({ signal, graceMs: config.shutdownGraceMs }, 'stopping')
    idleMemory.stop()
    const { drained } = await server.stop({ graceMs: config.shutdownGraceMs })
    // Requests are done (or cut off): the background work and the pool get a bounded time, then the process goes.
    const closed = await Promise.race([
      (async () => {
        await background.stop()
        await readModel.close()
        await replicas?.close()
        // The partner keys' last usage counts, from requests that finished in the drain.
        await keys.close()
        await metricsServer?.close()
        await orm.close()
        return true
      })(),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), CLEANUP_MS).unref()),
    ]).catch(() => false)
    log[drained && closed ? 'info' : 'warn']({ drained, closed, tookMs: Date.now() - started }, 'stopped')
    process.exit(drained && closed ? 0 : 1)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

/** Set once the configuration is read; a start-up failure before that is still logged as JSON, at the default level. */
let logger: Logger | undefined

main().catch((error: unknown) => {
  ;(logger ?? createLogger('info')).fatal(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
