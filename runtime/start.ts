import { ensureCmsBuild } from './build'
import { startApi } from './api-server'
import { startCms } from './cms-server'
import { describe, openDatabase } from './database'
import { readRuntimeEnv } from './environment'
import { runMain } from './errors'
import { assertPortFree } from './ports'
import { prepareDatabase } from './prepare'

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, seed on an empty database, the admin build
 * when the sources changed, then the CMS. `npm run dev` does the same with Next's dev server and schema push
 * on a separate database, so that experiments never touch the migrated one.
 */
runMain(async () => {
  const dev = process.argv.includes('--dev')
  const env = readRuntimeEnv()
  const log = (line: string) => console.log(line)

  await assertPortFree(env.cmsPort, 'the CMS', 'CMS_PORT')
  await assertPortFree(env.apiPort, 'the API', 'API_PORT')
  log(env.databaseUrl ? 'Connecting to PostgreSQL (DATABASE_URL)…' : 'Starting the embedded PostgreSQL (.data/postgres)…')
  const database = await openDatabase({ databaseUrl: env.databaseUrl, embeddedPort: env.embeddedPort, databaseName: dev ? 'nspm_dev' : 'nspm' })
  const shutdown = async (code: number) => {
    await database.stop().catch(() => {})
    process.exit(code)
  }

  try {
    await prepareDatabase({
      databaseUrl: database.url,
      secret: env.payloadSecret,
      admin: env.admin,
      isProduction: env.isProduction,
      seed: 'auto',
      schemaPush: dev,
      log,
    })
    const webhookKey = env.webhookSecretsKey ? { WEBHOOK_SECRETS_KEY: env.webhookSecretsKey } : {}
    const cmsEnv: NodeJS.ProcessEnv = { ...process.env, ...webhookKey, DATABASE_URL: database.url, PAYLOAD_SECRET: env.payloadSecret, CMS_PUBLIC_URL: env.cmsPublicUrl }
    if (dev) cmsEnv.PAYLOAD_SCHEMA_PUSH = 'true'
    else await ensureCmsBuild(cmsEnv, log)
    log(dev ? 'Starting the CMS (Next.js dev server)…' : 'Starting the CMS…')
    const cms = await startCms({ port: env.cmsPort, env: cmsEnv, dev })
    log('Starting the public GraphQL API…')
    const api = await startApi({
      port: env.apiPort,
      env: { API_PUBLIC_URL: `http://localhost:${env.apiPort}`, ...process.env, ...webhookKey, DATABASE_URL: database.url, CMS_PUBLIC_URL: cmsEnv.CMS_PUBLIC_URL },
    }).catch(async (error: unknown) => {
      await cms.stop()
      throw error
    })

    log('')
    log('NSPM platform is running. Stop it with Ctrl+C.')
    log(`  Admin (Payload CMS):      ${cms.url}/admin`)
    log(`  Payload REST / GraphQL:   ${cms.url}/api   ${cms.url}/api/graphql`)
    log(`  Public GraphQL API:       ${api.url}`)
    log(`  Database:                 ${database.embedded ? 'embedded PostgreSQL, ' : ''}${describe(database.url)}`)
    log('')

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        log(`\n${signal}: stopping the CMS, the API and the database…`)
        void Promise.all([cms.stop(), api.stop()]).then(() => shutdown(0))
      })
    }
    for (const child of [cms, api]) {
      child.process.once('exit', (code) => {
        if (code !== null && code !== 0) void Promise.all([cms.stop(), api.stop()]).then(() => shutdown(code))
      })
    }
  } catch (error) {
    await database.stop().catch(() => {})
    throw error
  }
})
