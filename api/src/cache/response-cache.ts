import { createHash } from 'node:crypto'

/** A response as it goes on the wire: the bytes, their ETag and the Cache-Control Apollo computed for them. */
export type CachedResponse = { body: Buffer; etag: string; cacheControl: string; expiresAt: number }

type Options = { maxEntries: number; maxBytes: number; now?: () => number }

/**
 * Serialised GraphQL responses in memory, least recently used out first. Content changes are not tracked per
 * entry: any change clears everything (`invalidate`), and a response computed while a change happened is not
 * stored (`version` is read before execution and compared on `set`), so a stale answer cannot slip in.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>()
  private bytes = 0
  private currentVersion = 0
  private readonly now: () => number

  constructor(private readonly options: Options) {
    this.now = options.now ?? Date.now
  }

  /** The content version: it changes with every invalidation. */
  get version(): number {
    return this.currentVersion
  }

  /** How much is held, for the metrics. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry || entry.expiresAt <= this.now()) {
      if (entry) this.remove(key, entry)
      return undefined
    }
    // Re-inserting moves the key to the end of the Map's order: the first key is always the least recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** Stores a response computed at `version`; ignored if the content changed meanwhile or it is too large. */
  set(key: string, version: number, response: { body: Buffer; cacheControl: string; maxAgeSeconds: number }): CachedResponse | undefined {
    if (version !== this.currentVersion || response.maxAgeSeconds <= 0 || response.body.length > this.options.maxBytes / 10) return undefined
    const previous = this.entries.get(key)
    if (previous) this.remove(key, previous)
    const entry: CachedResponse = { body: response.body, etag: etagOf(response.body), cacheControl: response.cacheControl, expiresAt: this.now() + response.maxAgeSeconds * 1000 }
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    while (this.entries.size > this.options.maxEntries || this.bytes > this.options.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, CachedResponse]
      this.remove(oldestKey, oldest)
    }
    return entry
  }

  invalidate(): void {
    this.entries.clear()
    this.bytes = 0
    this.currentVersion += 1
  }

  private remove(key: string, entry: CachedResponse): void {
    this.entries.delete(key)
    this.bytes -= entry.body.length
  }
}

/** A strong validator: the same bytes give the same ETag on every replica. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}
