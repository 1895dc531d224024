import pg from 'pg'

/**
 * Keys of the session-level PostgreSQL advisory locks that serialise schema changes when several processes start
 * at once (CMS replicas, API replicas, `npm run migrate` in a one-shot job). Constants, so that an operator can see
 * who waits in `SELECT * FROM pg_locks WHERE locktype = 'advisory'` (objid = the key's low 32 bits, classid = its
 * high ones: 0x4E53 'NS'). Distinct from any key the product takes elsewhere.
 * - PAYLOAD: Payload's migrations, the API's migrations that follow them, the seed and the first administrator
 *   (runtime/prepare.ts: `npm start`, `npm run migrate`, `npm run seed`).
 * - API: the API's own migrations (schema nspm_api), also applied by every API process as it starts.
 * A process holding PAYLOAD may take API (prepare runs the API's migrations); never the other way round.
 */
export const MIGRATION_LOCKS = {
  PAYLOAD: 0x4e53_504d_0001n,
  API: 0x4e53_504d_0002n,
} as const

export type MigrationLockKey = (typeof MIGRATION_LOCKS)[keyof typeof MIGRATION_LOCKS]

/**
 * Runs `work` while this process holds the advisory lock `key`, taken on a session of its own (a pooled connection
 * could be handed to someone else between lock and unlock). Others wait for it; if this process dies, PostgreSQL
 * ends the session and the lock goes with it. `work` must re-check what is left to do once it runs.
 */
export async function withMigrationLock<T>(databaseUrl: string, key: MigrationLockKey, work: () => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  const session = new pg.Client({ connectionString: databaseUrl, application_name: 'nspm-migration-lock' })
  await session.connect()
  // A broken session must not crash the process from an 'error' event; the queries below report it instead.
  session.on('error', () => {})
  try {
    const free = (await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [key.toString()])).rows[0]?.locked
    if (!free) {
      log(`Waiting for another process to finish its migrations (advisory lock ${key.toString()})…`)
      await session.query('SELECT pg_advisory_lock($1::bigint)', [key.toString()])
    }
    try {
      return await work()
    } finally {
      await session.query('SELECT pg_advisory_unlock($1::bigint)', [key.toString()]).catch(() => undefined)
    }
  } finally {
    await session.end().catch(() => undefined)
  }
}
