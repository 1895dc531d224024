import 'reflect-metadata'
import { loadConfig } from './config'
import { startBackgroundWork } from './background'
import { INVALIDATING_CHANNELS, startResponseCaching } from './cache/invalidation'
import { listenForNotifications } from './mail/listener'
import { startPartnerKeys } from './keys/partner-keys'
import { createOrm, migrateApiSchema } from './orm'
import { startReplicaReads } from './replicas/start'
import { createServer } from './server'

/** After the HTTP drain, the outbox and the pool get this long to close before the process exits anyway. */
const CLEANUP_MS = 5_000

/**
 * Entry: config → ORM → server → listen. SIGTERM/SIGINT: stop accepting, let requests in flight finish within
 * API_SHUTDOWN_GRACE_MS, stop the background work, write the partner keys' usage counts, close the pool, exit 0 (1
 * when something had to be cut off).
 */
async function main(): Promise<void> {
  const config = loadConfig()
  const orm = await createOrm({ databaseUrl: config.databaseUrl, replicaUrls: config.replicaUrls, poolMax: config.poolMax, acquireTimeoutMs: config.poolAcquireTimeoutMs })
  await migrateApiSchema(orm, (line) => console.log(line))
  const log = (line: string) => console.log(line)
  if (config.webhookWorker && !config.webhookSecretsKey) log(JSON.stringify({ level: 'warn', msg: 'webhooks are not sent: WEBHOOK_SECRETS_KEY is not set' }))
  const webhooks = config.webhookWorker && config.webhookSecretsKey ? { secretsKey: config.webhookSecretsKey, timeoutMs: config.webhookTimeoutMs } : undefined
  const background = startBackgroundWork({ orm, config, log, sendMail: config.outboxWorker, webhooks })
  const replicas = config.replicaUrls.length > 0 ? startReplicaReads({ orm, replicaUrls: config.replicaUrls, log }) : undefined
  const caching = config.responseCache
    ? startResponseCaching({ databaseUrl: config.databaseUrl, maxMegabytes: config.responseCacheMegabytes, log, beforeInvalidate: replicas?.primaryChanged })
    : undefined
  // Without the cache the replicas still follow the primary's changes (LISTEN works on the primary only).
  const replicaListener =
    replicas && !caching ? listenForNotifications({ connectionString: config.databaseUrl, channel: INVALIDATING_CHANNELS, onNotify: replicas.primaryChanged, log }) : undefined
  const keys = startPartnerKeys({ orm, databaseUrl: config.databaseUrl, log })
  const server = await createServer({
    orm,
    port: config.port,
    host: config.host,
    introspection: config.introspection,
    cmsUrl: config.cmsUrl,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    queriesPerMinute: config.queriesPerMinute,
    resolveCaller: keys.resolveCaller,
    production: config.isProduction,
    explorer: config.explorer,
    log,
    cache: caching?.cache,
    cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
    replicaReads: replicas,
  })
  console.log(JSON.stringify({ level: 'info', msg: 'API listening', url: server.url }))

  let stopping = false
  const shutdown = async (signal: string) => {
    // Ctrl+C under `npm start` delivers SIGINT to the group and then SIGTERM from the parent: one drain serves both.
    if (stopping) return
    stopping = true
    const started = Date.now()
    log(JSON.stringify({ level: 'info', msg: 'stopping', signal, graceMs: config.shutdownGraceMs }))
    const { drained } = await server.stop({ graceMs: config.shutdownGraceMs })
    // Requests are done (or cut off): the background work and the pool get a bounded time, then the process goes.
    const closed = await Promise.race([
      (async () => {
        await background.stop()
        await caching?.close()
        await replicaListener?.close()
        await replicas?.close()
        // The partner keys' last usage counts, from requests that finished in the drain.
        await keys.close()
        await orm.close()
        return true
      })(),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), CLEANUP_MS).unref()),
    ]).catch(() => false)
    log(JSON.stringify({ level: drained && closed ? 'info' : 'warn', msg: 'stopped', drained, closed, tookMs: Date.now() - started }))
    process.exit(drained && closed ? 0 : 1)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', msg: error instanceof Error ? error.message : String(error) }))
  process.exit(1)
})
