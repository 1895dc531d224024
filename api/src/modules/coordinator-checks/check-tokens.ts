import type { EntityManager } from '@mikro-orm/postgresql'
import { CHECK_DEFAULTS } from '../../../../contracts/coordinator-checks'
import { toDate } from '../../common/lean'
import { isLinkTokenShaped, linkTokenHash, newLinkToken } from '../../common/link-token'

/**
 * A new link to answer a check, valid `linkValidDays` from now (the email is rendered when it is sent). Returns the
 * raw token and when it stops working; only the hash is stored.
 */
export async function issueCheckToken(em: EntityManager, checkId: number, validDays: number = CHECK_DEFAULTS.linkValidDays): Promise<{ token: string; expiresAt: Date }> {
  const token = newLinkToken()
  const [row] = await em.execute<{ expires_at: string | Date }[]>(
    `INSERT INTO nspm_api.coordinator_check_tokens (check_id, token_hash, expires_at)
     VALUES (?, ?, now() + make_interval(days => ?)) RETURNING expires_at`,
    [checkId, linkTokenHash(token), validDays],
  )
  return { token, expiresAt: toDate(row!.expires_at) }
}

export type CheckTokenRow = { id: number; checkId: number; usedAt: Date | null; expired: boolean }

/** The token's row, expired or used ones included (their pages say so), locked for the caller's transaction. */
export async function findCheckToken(em: EntityManager, token: string): Promise<CheckTokenRow | null> {
  if (!isLinkTokenShaped(token)) return null
  const [row] = await em.execute<{ id: string; check_id: number; used_at: Date | null; expired: boolean }[]>(
    `SELECT id, check_id, used_at, expires_at <= now() AS expired FROM nspm_api.coordinator_check_tokens WHERE token_hash = ? FOR UPDATE`,
    [linkTokenHash(token)],
  )
  return row ? { id: Number(row.id), checkId: row.check_id, usedAt: row.used_at, expired: row.expired } : null
}

/** The link that answered. Other links to the same check stop working because the check is no longer open. */
export async function markCheckTokenUsed(em: EntityManager, tokenId: number): Promise<void> {
  await em.execute('UPDATE nspm_api.coordinator_check_tokens SET used_at = now() WHERE id = ?', [tokenId], 'run')
}

/** Retention: tokens a week past their expiry, and those whose check no longer exists. Returns how many. */
export async function purgeCheckTokens(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `DELETE FROM nspm_api.coordinator_check_tokens t
     WHERE t.expires_at < now() - interval '7 days' OR NOT EXISTS (SELECT 1 FROM coordinator_checks c WHERE c.id = t.check_id)
     RETURNING id`,
  )
  return rows.length
}
