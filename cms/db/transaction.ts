import type { Payload } from 'payload'
import type { SqlExecutor } from './requestDb'

type Transactional = { transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> }

/** SQL of the CMS's own (no Payload operation) in one transaction of the adapter's pool: all of it or none. */
export function inTransaction<T>(payload: Payload, work: (db: SqlExecutor) => Promise<T>): Promise<T> {
  return (payload.db.drizzle as unknown as Transactional).transaction(work)
}
