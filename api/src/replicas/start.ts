import type { MikroORM } from '@mikro-orm/postgresql'
import { ReplicaReads } from './replica-reads'
import type { Logger } from '../observability/logger'

/** Read replicas for public queries; the primary's WAL position comes through the ORM's primary pool. */
export function startReplicaReads({ orm, replicaUrls, log }: { orm: MikroORM; replicaUrls: readonly string[]; log: Logger }): ReplicaReads {
  const primaryLsn = async () => {
    const [row] = await orm.em.getConnection('write').execute<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn')
    if (!row) throw new Error('pg_current_wal_lsn() returned no row')
    return row.lsn
  }
  return new ReplicaReads({ replicaUrls, primaryLsn, log })
}
