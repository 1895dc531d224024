import type { EntityManager, MikroORM, QueryResult } from '@mikro-orm/postgresql'
import { API_KEY_USAGE_TABLE, API_KEYS_TABLE } from '../../../contracts/api-keys'
import { errorKind, type Logger } from '../observability/logger'

/** requests: every request the key was accepted for (cached answers and 429s included); limited: of those, refused by a limit; refused: sent after revocation. */
export type UsageKind = 'requests' | 'limited' | 'refused'

type Tally = { keyId: number; day: number; requests: number; limited: number; refused: number; lastUsedAt: number | null }

const DAY_MS = 86_400_000
/** Rows per INSERT, well below PostgreSQL's 65,535 parameters (6 a row). */
const CHUNK = 1_000

/**
 * Requests per key and day (UTC), counted in this process's memory and added to nspm_api.api_key_usage by `flush`
 * (every few seconds, and at shutdown): a cached answer costs an increment, not a write. Replicas add their own
 * counts to the same rows. Counts that could not be written (the database away) are kept for the next flush.
 */
export class KeyUsage {
  private pending = new Map<string, Tally>()
  private flushing: Promise<void> | undefined

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  count(keyId: number, kind: UsageKind): void {
    const now = this.now()
    const day = Math.floor(now / DAY_MS)
    const slot = `${keyId}:${day}`
    let tally = this.pending.get(slot)
    if (!tally) this.pending.set(slot, (tally = { keyId, day, requests: 0, limited: 0, refused: 0, lastUsedAt: null }))
    tally[kind] += 1
    if (kind === 'requests') tally.lastUsedAt = now
  }

  /** Writes everything counted so far; waits for a flush already running first (shutdown meets the timer's). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing
    if (this.pending.size === 0) return
    const batch = [...this.pending.values()]
    this.pending = new Map()
    this.flushing = this.write(batch)
      .catch((error: unknown) => {
        for (const tally of batch) this.restore(tally)
        this.log.warn({ kind: errorKind(error) }, 'API key usage not written; kept for the next flush')
      })
      .finally(() => {
        this.flushing = undefined
      })
    await this.flushing
  }

  private async write(batch: Tally[]): Promise<void> {
    const em = this.orm.em.fork()
    for (let start = 0; start < batch.length; start += CHUNK) {
      const rows = batch.slice(start, start + CHUNK)
      const values = rows.map(() => '(?::int, ?::date, ?::bigint, ?::bigint, ?::bigint, ?::timestamptz)').join(', ')
      const params = rows.flatMap((tally) => [
        tally.keyId,
        new Date(tally.day * DAY_MS).toISOString().slice(0, 10),
        tally.requests,
        tally.limited,
        tally.refused,
        tally.lastUsedAt === null ? null : new Date(tally.lastUsedAt).toISOString(),
      ])
      await em.execute(
        `INSERT INTO ${API_KEY_USAGE_TABLE} AS usage (key_id, day, requests, limited, refused, last_used_at) VALUES ${values}
         ON CONFLICT (key_id, day) DO UPDATE SET requests = usage.requests + EXCLUDED.requests, limited = usage.limited + EXCLUDED.limited,
           refused = usage.refused + EXCLUDED.refused, last_used_at = greatest(usage.last_used_at, EXCLUDED.last_used_at)`,
        params,
        'run',
      )
    }
  }

  private restore(tally: Tally): void {
    const slot = `${tally.keyId}:${tally.day}`
    const current = this.pending.get(slot)
    if (!current) return void this.pending.set(slot, tally)
    current.requests += tally.requests
    current.limited += tally.limited
    current.refused += tally.refused
    current.lastUsedAt = Math.max(current.lastUsedAt ?? 0, tally.lastUsedAt ?? 0) || null
  }
}

/**
 * The retention job's part: usage older than `days` (UTC days), and the counts of keys that no longer exist (a
 * flush can land just after a key was deleted with its counts). Returns how many rows were deleted.
 */
export async function purgeKeyUsage(em: EntityManager, days: number): Promise<number> {
  const result = await em.execute<QueryResult>(
    `DELETE FROM ${API_KEY_USAGE_TABLE} usage
     WHERE usage.day < (now() AT TIME ZONE 'UTC')::date - ?::int OR NOT EXISTS (SELECT 1 FROM ${API_KEYS_TABLE} k WHERE k.id = usage.key_id)`,
    [days],
    'run',
  )
  return result.affectedRows
}
