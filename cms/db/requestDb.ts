import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/** What the CMS's own SQL needs from Drizzle: `execute` with node-postgres's result (`rows`). */
export type SqlExecutor = {
  execute<Row extends Record<string, unknown>>(query: SQL): PromiseLike<{ rows: Row[] }>
}

/**
 * The Drizzle handle of the request's database transaction, so that SQL written here commits or rolls back with
 * Payload's own write. Payload's operations open the transaction (`initTransaction`) and keep its id in
 * `req.transactionID` (a promise while it starts); the postgres adapter keeps the Drizzle transaction in
 * `payload.db.sessions[id].db`. This is what `getTransaction(adapter, req)` in @payloadcms/drizzle does, which
 * that package does not export. Without a transaction (`disableTransaction`), the pool: no atomicity then.
 */
export async function requestDb(req: PayloadRequest): Promise<SqlExecutor> {
  const id = await req.transactionID
  const session = id === undefined || id === null ? undefined : req.payload.db.sessions?.[String(id)]
  // The adapter's types cover SQLite as well; this project runs the postgres adapter only.
  return (session?.db ?? req.payload.db.drizzle) as unknown as SqlExecutor
}

/** Outside any operation (admin components): the adapter's pool. */
export const poolDb = (payload: Payload): SqlExecutor => payload.db.drizzle as unknown as SqlExecutor
