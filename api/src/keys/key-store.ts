import { LRUCache } from 'lru-cache'
import type { Caller } from '../limits/caller'

/** What a key's hash stands for, as the key check remembers it. */
export type KnownKey =
  { readonly state: 'active'; readonly keyId: number; readonly caller: Caller } | { readonly state: 'revoked'; readonly keyId: number } | { readonly state: 'unknown' }

/** Keys remembered at once: partners' keys, and the unknown strings sent lately. */
const MAX_KEYS = 10_000
/**
 * How long a replica trusts what it read about a key. Changes arrive by NOTIFY at commit (see partner-keys.ts);
 * this bounds the staleness while a replica's LISTEN connection is down, at the cost of one indexed read per key
 * and half-minute.
 */
const KEY_TTL_MS = 30_000

/**
 * Keys by their SHA-256, read from the database once and then served from memory, so a request with a key costs a
 * hash and a map lookup, like an anonymous one, also for a cached answer. Concurrent requests with a key not yet
 * known share one read. `forget()` (a key changed somewhere) drops everything, reads in flight included: their
 * answer may predate the change, so it is neither stored nor handed to requests that arrive afterwards.
 */
export class KeyStore {
  private readonly known: LRUCache<string, KnownKey>
  private readonly reading = new Map<string, Promise<KnownKey>>()
  private generation = 0

  constructor(
    private readonly read: (hash: string) => Promise<KnownKey>,
    ttlMs = KEY_TTL_MS,
  ) {
    this.known = new LRUCache<string, KnownKey>({ max: MAX_KEYS, ttl: ttlMs })
  }

  lookup(hash: string): KnownKey | Promise<KnownKey> {
    const known = this.known.get(hash)
    if (known) return known
    const running = this.reading.get(hash)
    if (running) return running
    const generation = this.generation
    const reading = this.read(hash).then((found) => {
      if (generation === this.generation) this.known.set(hash, found)
      return found
    })
    this.reading.set(hash, reading)
    const done = () => {
      if (this.reading.get(hash) === reading) this.reading.delete(hash)
    }
    reading.then(done, done)
    return reading
  }

  forget(): void {
    this.generation += 1
    this.known.clear()
    this.reading.clear()
  }
}
