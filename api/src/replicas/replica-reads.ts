import pg from 'pg'
import { describeSafely } from '../common/errors'
import { isUnavailable } from '../common/unavailable'
import type { Logger } from '../observability/logger'

type Options = {
  /** The streaming replicas (DATABASE_REPLICA_URLS), probed directly: MikroORM picks one at random per read. */
  replicaUrls: readonly string[]
  /** The primary's current WAL position (pg_current_wal_lsn()), read through the ORM's write connection. */
  primaryLsn: () => Promise<string>
  log: Logger
  /** The first wait between probes while the replicas are behind or away; it doubles up to 1 s. */
  probeIntervalMs?: number
}

const MAX_PROBE_INTERVAL_MS = 1_000
/** A replica still behind after this long is reported once (reads stay on the primary meanwhile). */
const REPORT_AFTER_MS = 5_000

// On a hot standby, 40001 is a query cancelled by a recovery conflict (replay needed rows it was reading) and
// 40P01 a recovery deadlock: the same statement succeeds on the primary.
const REPLICA_CONFLICTS = new Set(['40001', '40P01'])

/**
 * Whether public reads may go to the read replicas now. They may not while
 * - a replica has failed a read and has not answered since (stopped, restarting, unreachable): reads fall back to
 *   the primary, so clients see no error at all, only the primary's load;
 * - public content changed on the primary (the NOTIFY that also clears the response cache) and a replica has not
 *   yet replayed the WAL up to the primary's position at that moment. Otherwise the first query after a publish
 *   could read the replica's older rows and put them back into the cache just cleared, for a whole max-age.
 *
 * So a replica serves only content at least as new as the last change any API replica was told about; when it
 * lags, reads go to the primary rather than wait. With several replicas, all of them must be caught up (MikroORM
 * chooses one at random per read).
 */
export class ReplicaReads {
  private readonly pools: pg.Pool[]
  /** Raised by every change and failure; a catch-up that finds a newer one left to do stops (the newer one runs). */
  private generation = 0
  private caughtUp = false
  private closed = false
  private readonly waits = new Set<NodeJS.Timeout>()

  constructor(private readonly options: Options) {
    this.pools = options.replicaUrls.map((connectionString) => {
      const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 2_000, idleTimeoutMillis: 30_000 })
      // An idle probe connection killed by a replica restart: the pool drops it and connects anew next time.
      pool.on('error', () => {})
      return pool
    })
    // Until the first probe the replicas' state is unknown: start on the primary.
    this.startCatchUp()
  }

  /** Whether a request that begins now may read from the replicas. */
  usable(): boolean {
    return this.caughtUp && !this.closed
  }

  /** Public content changed on the primary (a NOTIFY arrived): reads go to the primary until replicas replay it. */
  readonly primaryChanged = (): void => {
    this.caughtUp = false
    this.startCatchUp()
  }

  /** Whether a failed read is the replica's fault, so that the primary can answer it instead. */
  isReplicaFailure(error: unknown): boolean {
    if (isUnavailable(error)) return true
    for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
      const code = (current as { code?: unknown }).code
      if (typeof code === 'string' && REPLICA_CONFLICTS.has(code)) return true
    }
    return false
  }

  /** A read failed on a replica: later requests use the primary until the replicas answer and have caught up. */
  replicaFailed(error: unknown): void {
    const wasUsable = this.caughtUp
    this.caughtUp = false
    if (wasUsable) {
      const { kind, sqlState } = describeSafely(error)
      this.options.log.warn({ kind, sqlState }, 'read replica failed; reads go to the primary')
    }
    this.startCatchUp()
  }

  async close(): Promise<void> {
    this.closed = true
    this.generation += 1
    for (const timer of this.waits) clearTimeout(timer)
    await Promise.all(this.pools.map((pool) => pool.end().catch(() => {})))
  }

  private startCatchUp(): void {
    const generation = ++this.generation
    void this.catchUp(generation)
  }

  /** Takes the primary's WAL position, then probes until every replica has replayed it (or a newer catch-up starts). */
  private async catchUp(generation: number): Promise<void> {
    const started = Date.now()
    let interval = this.options.probeIntervalMs ?? 20
    let reported = false
    let target: string | undefined
    while (generation === this.generation) {
      try {
        target ??= await this.options.primaryLsn()
        if (await this.allReplayed(target)) {
          if (generation !== this.generation) return
          this.caughtUp = true
          if (reported) this.options.log.info({ afterMs: Date.now() - started }, 'read replicas caught up; reads go to them again')
          return
        }
      } catch {
        // The primary or a replica did not answer: try again after the wait, reads stay on the primary.
      }
      if (!reported && Date.now() - started > REPORT_AFTER_MS) {
        reported = true
        this.options.log.warn({ forMs: Date.now() - started }, 'read replicas unreachable or behind; reads go to the primary')
      }
      await this.wait(interval)
      interval = Math.min(interval * 2, MAX_PROBE_INTERVAL_MS)
    }
  }

  /**
   * A standby has replayed `lsn`; a server not in recovery (the URL points at a primary, or a promoted standby)
   * counts as current.
   */
  private async allReplayed(lsn: string): Promise<boolean> {
    const answers = await Promise.all(
      this.pools.map(async (pool) => {
        const { rows } = await pool.query<{ ok: boolean }>('SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, NOT pg_is_in_recovery()) AS ok', [lsn])
        return rows[0]?.ok === true
      }),
    )
    return answers.every(Boolean)
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(timer)
        resolve()
      }, ms)
      timer.unref()
      this.waits.add(timer)
    })
  }
}
