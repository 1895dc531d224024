import { listenForNotifications } from '../mail/listener'
import { ResponseCache } from './response-cache'
import type { Logger } from '../observability/logger'
import { CONTENT_CHANGED_CHANNEL, CONTENT_CHANGES_CHANNEL } from '../../../contracts/channels'

/**
 * What clears the cache: the CMS's hooks (which also cover media, outside the change log) and the change log's
 * triggers, which also record changes made by SQL alone (data migrations, the seed) that no hook sees.
 */
export const INVALIDATING_CHANNELS = [CONTENT_CHANGED_CHANNEL, CONTENT_CHANGES_CHANNEL] as const

export type ResponseCaching = { cache: ResponseCache; close: () => Promise<void> }

/** The response cache of one API replica; the API process clears it after each refresh of its snapshot (index.ts). */
export function createResponseCache(maxMegabytes: number): ResponseCache {
  return new ResponseCache({ maxEntries: 5_000, maxBytes: maxMegabytes * 1024 * 1024 })
}

/**
 * A response cache that follows the notifications by itself, for a server that reads no snapshot of its own (the
 * benchmark's and tests' servers get one from createServer, which also clears it): every replica LISTENs, every replica LISTENs, so a publish in the CMS,
 * or any other committed change of public content, clears all of them within the notification's delivery time
 * (milliseconds). The listener also clears the cache after each (re)connection, because notifications sent
 * while it was away are lost.
 */
export function startResponseCaching(options: {
  databaseUrl: string
  maxMegabytes: number
  log: Logger
  /**
   * Runs before the cache is cleared, on the same notification: with read replicas, reads must have moved to the
   * primary before the first query after a change can run and store an answer (replicas/replica-reads.ts).
   */
  beforeInvalidate?: () => void
}): ResponseCaching {
  const cache = createResponseCache(options.maxMegabytes)
  const onNotify = () => {
    options.beforeInvalidate?.()
    cache.invalidate()
  }
  const listener = listenForNotifications({ connectionString: options.databaseUrl, channel: INVALIDATING_CHANNELS, onNotify, log: options.log })
  return { cache, close: () => listener.close() }
}
