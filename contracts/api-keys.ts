/**
 * Partner API keys' contract between the CMS (where administrators create, issue and revoke keys) and the public
 * API (which checks them and counts their use): the tables, the channel, the states and the quota bounds. Both
 * processes import this module, the admin's client components too; nothing here may import either side (or Node's
 * modules: key.ts has the key itself).
 */

/** Payload's table of keys (collection `api-keys`): who holds each, its quota and state; never the key or its hash. */
export const API_KEYS_TABLE = 'api_keys'
/**
 * Each issued key's SHA-256, by key id (migration Migration20261206150000_api_keys): written by the CMS when it
 * issues a key, read by the API to find a key. Outside Payload's tables, so no Payload read (REST, GraphQL, the
 * admin, a where clause) can reach it.
 */
export const API_KEY_HASHES_TABLE = 'nspm_api.api_key_hashes'
/** Requests per key and day (UTC), written by the API (migration Migration20261206150000_api_keys). */
export const API_KEY_USAGE_TABLE = 'nspm_api.api_key_usage'

export const API_KEY_STATUSES = ['active', 'revoked'] as const
export type ApiKeyStatus = (typeof API_KEY_STATUSES)[number]

/**
 * What an administrator may give a key. Queries are counted per replica in memory (GCRA), so any quota costs the
 * same; orders and subscriptions are sliding logs in PostgreSQL that keep one timestamp per counted request, which
 * suits quotas up to a few hundred an hour.
 */
export const QUOTA_BOUNDS = {
  queriesPerMinute: { default: 6_000, min: 1, max: 100_000 },
  ordersPerHour: { default: 100, min: 1, max: 500 },
  subscriptionsPerHour: { default: 200, min: 1, max: 500 },
} as const

/** The admin shows this many days of usage on a key's page. */
export const USAGE_DAYS_SHOWN = 30
