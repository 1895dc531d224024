import type { EntityManager } from '@mikro-orm/postgresql'
import { isLinkTokenShaped, linkTokenHash as hash, newLinkToken } from '../../common/link-token'

export type TokenPurpose = 'confirm' | 'manage'

/** Confirmation links work for 48 hours; manage links (unsubscribe, preferences, data) until used for erasure. */
export const CONFIRM_TTL_HOURS = 48

/** A new link token (common/link-token.ts) for the subscriber, stored as its hash. */
export async function issueToken(em: EntityManager, subscriberId: number, purpose: TokenPurpose): Promise<string> {
  const token = newLinkToken()
  await em.execute(
    `INSERT INTO nspm_api.subscription_tokens (subscriber_id, purpose, token_hash, expires_at)
     VALUES (?, ?, ?, ${purpose === 'confirm' ? `now() + interval '${CONFIRM_TTL_HOURS} hours'` : 'NULL'})`,
    [subscriberId, purpose, hash(token)],
    'run',
  )
  return token
}

export type TokenRow = { id: number; subscriberId: number; usedAt: Date | null }

/** The token's row if it exists for this purpose and has not expired; locked for the caller's transaction. */
export async function findToken(em: EntityManager, token: string, purpose: TokenPurpose): Promise<TokenRow | null> {
  if (!isLinkTokenShaped(token)) return null
  const rows = await em.execute<{ id: string; subscriber_id: number; used_at: Date | null }[]>(
    `SELECT id, subscriber_id, used_at FROM nspm_api.subscription_tokens
     WHERE token_hash = ? AND purpose = ? AND (expires_at IS NULL OR expires_at > now())
     FOR UPDATE`,
    [hash(token), purpose],
  )
  const row = rows[0]
  return row ? { id: Number(row.id), subscriberId: row.subscriber_id, usedAt: row.used_at } : null
}

export async function markUsed(em: EntityManager, tokenId: number): Promise<void> {
  await em.execute('UPDATE nspm_api.subscription_tokens SET used_at = now() WHERE id = ?', [tokenId], 'run')
}
