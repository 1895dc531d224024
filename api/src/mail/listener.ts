import pg from 'pg'
import type { Logger } from '../observability/logger'

type ListenOptions = {
  connectionString: string
  /** One channel, or several heard on the same connection. */
  channel: string | readonly string[]
  /**
   * Called on every notification on the channel(s) with its channel and payload, and once without after each
   * (re)connection, to catch up on missed ones.
   */
  onNotify: (notification?: { channel: string; payload: string }) => void
  log: Logger
}

const MAX_RECONNECT_DELAY_MS = 30_000

/**
 * LISTEN on a dedicated connection: a pooled one can be handed to someone else, and notifications only reach the
 * session that listens. If the connection drops it comes back with exponential backoff; callers keep polling in
 * the meantime, so a lost notification delays mail and never loses it.
 */
export function listenForNotifications({ connectionString, channel, onNotify, log }: ListenOptions): { close(): Promise<void> } {
  const channels: readonly string[] = typeof channel === 'string' ? [channel] : channel
  let closed = false
  let client: pg.Client | undefined
  let retryTimer: NodeJS.Timeout | undefined
  let failures = 0

  const connect = async (): Promise<void> => {
    if (closed) return
    const current = new pg.Client({ connectionString })
    client = current
    let lost = false
    // 'error' and 'end' both fire for one drop; only the first schedules a reconnection.
    const onLost = () => {
      if (lost || closed) return
      lost = true
      client = undefined
      current.end().catch(() => {})
      const delay = Math.min(1_000 * 2 ** failures, MAX_RECONNECT_DELAY_MS)
      failures += 1
      log.warn({ channel, retryInMs: delay }, 'LISTEN connection lost')
      retryTimer = setTimeout(() => void connect(), delay)
    }
    current.on('error', onLost)
    current.on('end', onLost)
    current.on('notification', (message) => {
      if (channels.includes(message.channel)) onNotify({ channel: message.channel, payload: message.payload ?? '' })
    })
    try {
      await current.connect()
      for (const name of channels) await current.query(`LISTEN ${current.escapeIdentifier(name)}`)
      if (closed) {
        await current.end()
        return
      }
      failures = 0
      onNotify()
    } catch {
      onLost()
    }
  }
  void connect()

  return {
    async close() {
      closed = true
      clearTimeout(retryTimer)
      await client?.end().catch(() => {})
      client = undefined
    },
  }
}
