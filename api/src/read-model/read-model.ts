import type { MikroORM } from '@mikro-orm/postgresql'
import { CHECK_ANSWERED_CHANNEL, CONTENT_CHANGED_CHANNEL, CONTENT_CHANGES_CHANNEL } from '../../../contracts/channels'
import { INVALIDATING_CHANNELS } from '../cache/invalidation'
import { listenForNotifications } from '../mail/listener'
import type { Logger } from '../observability/logger'
import { loadSnapshot, refreshSnapshot, type Refresh } from './load'
import type { Snapshot } from './snapshot'

/** The CMS's notification sources (cms/hooks/notify-content-changed.ts) that the change log does not record. */
const MEDIA_SOURCE = 'media'
const CHECKS_SOURCE = 'coordinator-checks'

/** After a failed refresh (the database away), the next attempt; a reconnection of the LISTEN also retries. */
const RETRY_MS = 2_000

/** How long the start waits for its LISTEN connection before loading anyway. */
const LISTEN_WAIT_MS = 5_000

export type ReadModel = {
  /** The snapshot to answer from; a request takes it once and reads that one throughout. */
  current: () => Snapshot
  close(): Promise<void>
}

export type ReadModelOptions = {
  orm: MikroORM
  /** The primary: notifications come from it, and the snapshot must see at least what they announce. */
  databaseUrl: string
  log: Logger
  /** After each refresh is swapped in: clear the response cache here, so no answer older than it is stored after. */
  onRefreshed?: () => void
}

/**
 * The published snapshot of one API process, kept current from the change log. Notifications only say "look":
 * what changed is read from `content_changes` after the last id applied, so a lost notification delays a change and
 * never loses it (each reconnection catches up). Refreshes run one at a time; notifications arriving meanwhile
 * fold into the next one.
 */
export async function startReadModel({ orm, databaseUrl, log, onRefreshed }: ReadModelOptions): Promise<ReadModel> {
  let snapshot: Snapshot | undefined
  let pending: Refresh | null = null
  let running: Promise<void> | null = null
  let retryTimer: NodeJS.Timeout | undefined
  let closed = false

  const run = async (): Promise<void> => {
    while (pending && snapshot && !closed) {
      const refresh = pending
      pending = null
      try {
        snapshot = await refreshSnapshot(orm, snapshot, refresh)
        onRefreshed?.()
      } catch (error) {
        // The database is away: the snapshot keeps answering (nothing can change meanwhile) and the refresh waits.
        log.warn({ kind: error instanceof Error ? error.name : typeof error }, 'published snapshot not refreshed; retrying')
        request(refresh)
        clearTimeout(retryTimer)
        retryTimer = setTimeout(() => {
          retryTimer = undefined
          void start()
        }, RETRY_MS)
        return
      }
    }
  }
  const start = () => {
    running ??= run().finally(() => {
      running = null
    })
    return running
  }
  const request = (refresh: Refresh) => {
    pending = {
      changes: refresh.changes || (pending?.changes ?? false),
      checks: refresh.checks || (pending?.checks ?? false),
      media: refresh.media || (pending?.media ?? false),
    }
  }
  const everything: Refresh = { changes: true, checks: true, media: true }

  // LISTEN before loading, so that nothing committed during the load goes unnoticed: what it announces is applied
  // after the load. The first connection needs no catch-up (the load follows it); every later one does.
  let connected: () => void = () => {}
  const listening = new Promise<void>((resolve) => (connected = resolve))
  let connections = 0
  const listener = listenForNotifications({
    connectionString: databaseUrl,
    channel: [...INVALIDATING_CHANNELS, CHECK_ANSWERED_CHANNEL],
    log,
    onNotify: (notification) => {
      if (!notification) {
        connections += 1
        if (connections === 1) return connected()
        request(everything)
      } else if (notification.channel === CONTENT_CHANGES_CHANNEL) request({ changes: true, checks: false, media: false })
      else if (notification.channel === CHECK_ANSWERED_CHANNEL) request({ changes: false, checks: true, media: false })
      else if (notification.channel === CONTENT_CHANGED_CHANNEL) {
        // A publish also writes the change log (its own notification follows); the sources outside it refresh here.
        // Whatever the payload, the refresh ends by clearing the response cache: that is all a newly sent newsletter
        // issue (ARCHIVE_CHANGED_PAYLOAD) needs, since the archive is read with SQL, not from the snapshot.
        request({ changes: true, checks: notification.payload === CHECKS_SOURCE, media: notification.payload === MEDIA_SOURCE })
      }
      clearTimeout(retryTimer)
      retryTimer = undefined
      void start()
    },
  })
  // Without a LISTEN connection in time the load goes ahead; the connection's arrival then counts as a reconnection.
  await Promise.race([listening, new Promise<void>((resolve) => setTimeout(resolve, LISTEN_WAIT_MS).unref())])
  if (connections === 0) connections = 1

  const started = Date.now()
  try {
    snapshot = await loadSnapshot(orm)
  } catch (error) {
    await listener.close()
    throw error
  }
  log.info({ tookMs: Date.now() - started, changeId: snapshot.changeId }, 'published snapshot loaded')
  if (pending) void start()
  const loaded = snapshot

  return {
    current: () => snapshot ?? loaded,
    async close() {
      closed = true
      clearTimeout(retryTimer)
      await listener.close()
      await running
    },
  }
}
