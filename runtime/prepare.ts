import 'reflect-metadata'
import type { Payload } from 'payload'
import { MIGRATION_LOCKS, withMigrationLock } from '../api/src/migrations/advisory-lock'
import { createOrm, migrateApiSchema } from '../api/src/orm'
import { ensureAdminUser } from '../seed/admin-user'
import { isEmpty, seedDatabase } from '../seed/seed'
import type { SeedReport } from '../seed/context'
import { loadPayload } from './payload'

type Options = {
  databaseUrl: string
  secret: string
  admin: { email: string; password: string } | undefined
  isProduction: boolean
  /** `auto`: seed only an empty database; `always`: run the idempotent seed regardless; `never`. */
  seed: 'auto' | 'always' | 'never'
  /** Create the first administrator if none exists (every command but `npm run migrate`). */
  ensureAdmin?: boolean
  /** Development uses schema push on its own database instead of the committed migrations. */
  schemaPush?: boolean
  log: (line: string) => void
}

/**
 * Brings a database up to date: committed migrations (or dev push), seed, first administrator. All of it under one
 * advisory lock (api/src/migrations/advisory-lock.ts): processes started together (replicas, a one-shot migrate
 * job beside them) take turns, and each one after the first finds the migrations applied and the database seeded.
 */
export async function prepareDatabase(options: Options): Promise<SeedReport | undefined> {
  const { log } = options
  if (options.schemaPush) process.env.PAYLOAD_SCHEMA_PUSH = 'true'
  const payload = await loadPayload(options.databaseUrl, options.secret)
  try {
    return await withMigrationLock(options.databaseUrl, MIGRATION_LOCKS.PAYLOAD, () => prepareLocked(payload, options), log)
  } finally {
    await payload.destroy()
    await closePool(payload)
  }
}

async function prepareLocked(payload: Payload, options: Options): Promise<SeedReport | undefined> {
  const { log } = options
  if (!options.schemaPush) await migrate(payload, log)
  await migrateApi(options.databaseUrl)
  let report: SeedReport | undefined
  if (options.seed === 'always' || (options.seed === 'auto' && (await isEmpty(payload)))) {
    log('Seeding the brochure facts and the geography…')
    report = await seedDatabase(payload, log)
  }
  if (options.ensureAdmin !== false) await ensureAdminUser(payload, { admin: options.admin, isProduction: options.isProduction, log })
  return report
}

/**
 * The public API's own schema (nspm_api) right after Payload's: the CMS writes order emails into its outbox,
 * so it must exist before the CMS serves anyone. The API applies the same migrations at its start too.
 */
async function migrateApi(databaseUrl: string): Promise<void> {
  const orm = await createOrm({ databaseUrl, poolMax: 1 })
  try {
    await migrateApiSchema(orm)
  } finally {
    await orm.close()
  }
}

async function migrate(payload: Payload, log: (line: string) => void): Promise<void> {
  log('Applying database migrations…')
  await payload.db.migrate()
}

type PgPool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }

/**
 * Payload's destroy() leaves its pg pool open, and a connection it keeps checked out makes pool.end() wait
 * forever. Errors from that pool are ignored from here on (stopping the embedded server terminates it), and
 * closing it gets two seconds.
 */
async function closePool(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  if (!pool) return
  pool.on('error', () => {})
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())])
}
