import type { MikroORM } from '@mikro-orm/postgresql'
import { API_KEY_HASHES_TABLE } from '../../../contracts/api-keys'
import type { CallerResolver } from '../limits/caller'
import { listenForNotifications } from '../mail/listener'
import { ApiKeyRecord } from './api-key.entity'
import { keyPolicies } from './key-policies'
import { keyResolver } from './key-resolver'
import { KeyStore, type KnownKey } from './key-store'
import { KeyUsage } from './key-usage'
import type { Logger } from '../observability/logger'
import { API_KEYS_CHANNEL } from '../../../contracts/channels'

export type PartnerKeys = {
  /** For createServer({ resolveCaller }). */
  resolveCaller: CallerResolver
  usage: KeyUsage
  /** Stops listening and writes the last usage counts (SIGTERM, after the HTTP drain). */
  close: () => Promise<void>
}

type Options = {
  orm: MikroORM
  /** For the LISTEN connection. */
  databaseUrl: string
  log: Logger
  /** How often counted usage is written (default 5 s). */
  flushIntervalMs?: number
}

const UNKNOWN: KnownKey = { state: 'unknown' }

/**
 * Partner API keys in one replica: the key check (keys by hash, in memory), usage counting and the LISTEN that makes
 * a change in the CMS (a revocation, a deletion, a new quota) take effect here when it commits: the CMS NOTIFYs
 * nspm_api_keys in the transaction that saves the key, and every replica then forgets what it knew. The listener
 * also forgets after each reconnection, since notifications sent meanwhile are lost.
 */
export function startPartnerKeys({ orm, databaseUrl, log, flushIntervalMs = 5_000 }: Options): PartnerKeys {
  const usage = new KeyUsage(orm, log)
  const keys = new KeyStore(async (hash) => {
    const em = orm.em.fork()
    const [issued] = await em.execute<{ key_id: number }[]>(`SELECT key_id FROM ${API_KEY_HASHES_TABLE} WHERE hash = ?`, [hash])
    const row = issued ? await em.findOne(ApiKeyRecord, issued.key_id) : null
    if (!row) return UNKNOWN
    const keyId = row.id
    if (row.status !== 'active') return { state: 'revoked', keyId }
    return { state: 'active', keyId, caller: { id: `key:${keyId}`, policies: keyPolicies(row), onLimited: () => usage.count(keyId, 'limited') } }
  })
  const listener = listenForNotifications({ connectionString: databaseUrl, channel: API_KEYS_CHANNEL, onNotify: () => keys.forget(), log })
  const timer = setInterval(() => void usage.flush(), flushIntervalMs)
  timer.unref()
  return {
    resolveCaller: keyResolver(keys, usage),
    usage,
    close: async () => {
      clearInterval(timer)
      await listener.close()
      await usage.flush()
    },
  }
}
