import { listenForNotifications } from '../mail/listener'
import { ResponseCache } from './response-cache'

/** The CMS notifies on this channel in the transaction that publishes a change (cms/hooks/notify-content-changed.ts). */
export const CONTENT_CHANGED_CHANNEL = 'nspm_content_changed'

export type ResponseCaching = { cache: ResponseCache; close: () => Promise<void> }

/**
 * The response cache of one API replica and what keeps it true: every replica LISTENs, so a publish in the CMS
 * clears all of them within the notification's delivery time (milliseconds). The listener also clears the cache
 * after each (re)connection, because notifications sent while it was away are lost.
 */
export function startResponseCaching(options: { databaseUrl: string; maxMegabytes: number; log: (line: string) => void }): ResponseCaching {
  const cache = new ResponseCache({ maxEntries: 5_000, maxBytes: options.maxMegabytes * 1024 * 1024 })
  const listener = listenForNotifications({ connectionString: options.databaseUrl, channel: CONTENT_CHANGED_CHANNEL, onNotify: () => cache.invalidate(), log: options.log })
  return { cache, close: () => listener.close() }
}
