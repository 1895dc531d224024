import { sql } from '@payloadcms/db-postgres/drizzle'
import { API_KEY_HASHES_TABLE, API_KEY_USAGE_TABLE, API_KEYS_TABLE, USAGE_DAYS_SHOWN } from '../../contracts/api-keys'
import { generateApiKey, keyName } from '../api-keys/key'
import type { SqlExecutor } from './requestDb'
import { API_KEYS_CHANNEL } from '../../contracts/channels'

/**
 * Partner API keys as the CMS issues, revokes and shows them. The plaintext key exists only in the answer to
 * `issueKey`; its SHA-256 goes to the API's table of hashes, and Payload's row keeps its prefix (`nspm_<public
 * id>`), which names it. Every change NOTIFYs the API replicas in the same statement, so they drop what they
 * remember of the keys when it commits.
 */
const keys = sql.raw(API_KEYS_TABLE)
const hashes = sql.raw(API_KEY_HASHES_TABLE)
const usage = sql.raw(API_KEY_USAGE_TABLE)

/**
 * Makes the key of a key document that has none yet and returns it, to be shown once. One statement claims the
 * document (no key yet, not revoked) and stores the hash, so two clicks at once cannot both get a key. Null:
 * already issued or revoked.
 */
export async function issueKey(db: SqlExecutor, keyId: number, userId: number): Promise<{ key: string; publicName: string } | null> {
  const issued = generateApiKey()
  const publicName = keyName(issued.publicId)
  const { rows } = await db.execute<{ id: number }>(sql`
    WITH claimed AS (
      UPDATE ${keys} SET key_prefix = ${publicName}, issued_at = now(), issued_by_id = ${userId}, updated_at = now()
      WHERE id = ${keyId} AND key_prefix IS NULL AND status = 'active'
      RETURNING id),
    stored AS (INSERT INTO ${hashes} (key_id, hash) SELECT id, ${issued.hash} FROM claimed RETURNING key_id)
    SELECT key_id AS id, pg_notify(${API_KEYS_CHANNEL}, key_id::text) FROM stored`)
  return rows.length > 0 ? { key: issued.key, publicName } : null
}

/** Revokes an active key for good (who and when are recorded); false when it was revoked already. */
export async function revokeKey(db: SqlExecutor, keyId: number, userId: number): Promise<boolean> {
  const { rows } = await db.execute<{ id: number }>(sql`
    WITH revoked AS (
      UPDATE ${keys} SET status = 'revoked', revoked_at = now(), revoked_by_id = ${userId}, updated_at = now()
      WHERE id = ${keyId} AND status = 'active'
      RETURNING id)
    SELECT id, pg_notify(${API_KEYS_CHANNEL}, id::text) FROM revoked`)
  return rows.length > 0
}

/** For the shown-once panel: whether the key was issued (and when), or can be; its public name. Never the key. */
export type KeyState = { hasSecret: boolean; revealable: boolean; createdAt: Date | null; publicName: string | null }

export async function keyState(db: SqlExecutor, keyId: number): Promise<KeyState> {
  const { rows } = await db.execute<{ key_prefix: string | null; issued_at: Date | string | null; status: string }>(sql`
    SELECT key_prefix, issued_at, status FROM ${keys} WHERE id = ${keyId}`)
  const row = rows[0]
  return {
    hasSecret: Boolean(row?.key_prefix),
    revealable: Boolean(row && !row.key_prefix && row.status === 'active'),
    createdAt: row?.issued_at ? new Date(row.issued_at) : null,
    publicName: row?.key_prefix ?? null,
  }
}

type UsageDay = { day: string; requests: number; limited: number; refused: number }
export type KeyUsage = { lastUsedAt: Date | null; days: UsageDay[] }

/** Null while the API has not created its tables in this database (it migrates them at its first start). */
async function apiTablesExist(db: SqlExecutor): Promise<boolean> {
  const { rows } = await db.execute<{ present: boolean }>(sql`SELECT to_regclass(${API_KEY_USAGE_TABLE}) IS NOT NULL AS present`)
  return Boolean(rows[0]?.present)
}

/** The key's use per day (UTC) over the last USAGE_DAYS_SHOWN days, newest first, and when it was last used. */
export async function keyUsage(db: SqlExecutor, keyId: number): Promise<KeyUsage> {
  if (!(await apiTablesExist(db))) return { lastUsedAt: null, days: [] }
  const { rows } = await db.execute<{ day: string; requests: string; limited: string; refused: string }>(sql`
    SELECT day::text AS day, requests, limited, refused FROM ${usage}
    WHERE key_id = ${keyId} AND day > (now() AT TIME ZONE 'UTC')::date - ${USAGE_DAYS_SHOWN}::int
    ORDER BY day DESC`)
  const { rows: last } = await db.execute<{ at: Date | string | null }>(sql`SELECT max(last_used_at) AS at FROM ${usage} WHERE key_id = ${keyId}`)
  return {
    lastUsedAt: last[0]?.at ? new Date(last[0].at) : null,
    days: rows.map((row) => ({ day: row.day, requests: Number(row.requests), limited: Number(row.limited), refused: Number(row.refused) })),
  }
}

/** Every replica forgets the keys it remembers at commit (pass the request's transaction). */
export async function notifyKeysChanged(db: SqlExecutor, keyId: number): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${API_KEYS_CHANNEL}, ${String(keyId)})`)
}

/** With a deleted key: its hash and usage counts (pass the delete's transaction). */
export async function removeKeyData(db: SqlExecutor, keyId: number): Promise<void> {
  if (!(await apiTablesExist(db))) return
  await db.execute(sql`DELETE FROM ${hashes} WHERE key_id = ${keyId}`)
  await db.execute(sql`DELETE FROM ${usage} WHERE key_id = ${keyId}`)
}
