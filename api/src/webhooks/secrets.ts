import type { EntityManager, QueryResult } from '@mikro-orm/postgresql'
import { SECRETS_TABLE } from '../../../contracts/webhooks'
import { openSecret } from '../../../cms/webhooks/secret'

/**
 * The secrets each endpoint's deliveries are signed with now: the current one first, then any rotated-out one
 * still within its overlap. `unreadable`: sealed under another WEBHOOK_SECRETS_KEY (or altered), so nothing can
 * be signed until the key is right or the secret is rotated; the delivery is retried meanwhile.
 */
export async function signingSecrets(em: EntityManager, endpointIds: readonly number[], key: Buffer): Promise<Map<number, string[] | 'unreadable'>> {
  const rows = await em.execute<{ endpoint_id: number; sealed: string }[]>(
    `SELECT endpoint_id, sealed FROM ${SECRETS_TABLE}
     WHERE endpoint_id = ANY(?::int[]) AND (expires_at IS NULL OR expires_at > now())
     ORDER BY endpoint_id, expires_at DESC NULLS FIRST, id DESC`,
    [`{${endpointIds.join(',')}}`],
  )
  const secrets = new Map<number, string[] | 'unreadable'>()
  for (const row of rows) {
    const list = secrets.get(row.endpoint_id) ?? []
    if (list === 'unreadable') continue
    try {
      list.push(openSecret(row.sealed, key, row.endpoint_id))
      secrets.set(row.endpoint_id, list)
    } catch {
      secrets.set(row.endpoint_id, 'unreadable')
    }
  }
  return secrets
}

/** Rotated-out secrets past their overlap sign nothing any more. */
export async function purgeExpiredSecrets(em: EntityManager): Promise<number> {
  const result = await em.execute<QueryResult>(`DELETE FROM ${SECRETS_TABLE} WHERE expires_at <= now()`, [], 'run')
  return result.affectedRows
}
