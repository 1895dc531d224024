import { sql } from '@payloadcms/db-postgres/drizzle'
import { ROTATION_OVERLAP_HOURS, SECRET_REVEAL_WINDOW_MINUTES, SECRETS_TABLE } from '../../contracts/webhooks'
import { generateSigningSecret, openSecret, sealSecret } from '../webhooks/secret'
import type { SqlExecutor } from './requestDb'

/**
 * An endpoint's signing secrets in the API's table (cms/webhooks/secret.ts says how they are sealed). The CMS
 * writes them and shows a plaintext secret at most once: right after the endpoint was created (revealSecret) or in
 * the answer to a rotation. No read of the endpoint, through any API, ever contains one.
 */
const secrets = sql.raw(SECRETS_TABLE)

/** A new endpoint's first secret, sealed; revealed later, once (pass the create's transaction). */
export async function storeFirstSecret(db: SqlExecutor, endpointId: number, key: Buffer): Promise<void> {
  await db.execute(sql`INSERT INTO ${secrets} (endpoint_id, sealed) VALUES (${endpointId}, ${sealSecret(generateSigningSecret(), key, endpointId)})`)
}

/**
 * The first secret's plaintext, exactly once and only within the reveal window after creation: the row is marked
 * revealed in the same statement that returns it, so two requests at once cannot both get it. Null otherwise.
 */
export async function revealFirstSecret(db: SqlExecutor, endpointId: number, key: Buffer): Promise<string | null> {
  const { rows } = await db.execute<{ sealed: string }>(sql`
    UPDATE ${secrets} SET revealed_at = now()
    WHERE endpoint_id = ${endpointId} AND expires_at IS NULL AND revealed_at IS NULL
      AND created_at > now() - make_interval(mins => ${SECRET_REVEAL_WINDOW_MINUTES})
    RETURNING sealed`)
  const sealed = rows[0]?.sealed
  return sealed ? openSecret(sealed, key, endpointId) : null
}

/**
 * A new current secret, returned to be shown once. The previous one keeps signing (a second signature) for
 * ROTATION_OVERLAP_HOURS so the partner can switch without losing events, unless it is to stop at once (leaked).
 */
export async function rotateSecret(db: SqlExecutor, endpointId: number, key: Buffer, retirePreviousNow: boolean): Promise<string> {
  const secret = generateSigningSecret()
  const overlapHours = retirePreviousNow ? 0 : ROTATION_OVERLAP_HOURS
  await db.execute(sql`
    UPDATE ${secrets} SET expires_at = now() + make_interval(hours => ${overlapHours})
    WHERE endpoint_id = ${endpointId} AND (expires_at IS NULL OR expires_at > now() + make_interval(hours => ${overlapHours}))`)
  await db.execute(sql`INSERT INTO ${secrets} (endpoint_id, sealed, revealed_at) VALUES (${endpointId}, ${sealSecret(secret, key, endpointId)}, now())`)
  return secret
}

export type SecretState = { hasSecret: boolean; revealable: boolean; createdAt: Date | null; previousValidUntil: Date | null }

/** What the admin may know about the secrets: whether one exists, can still be shown, and the overlap's end. */
export async function secretState(db: SqlExecutor, endpointId: number): Promise<SecretState> {
  const { rows } = await db.execute<{ created_at: Date | string | null; revealable: boolean | null; previous_until: Date | string | null }>(sql`
    SELECT (SELECT created_at FROM ${secrets} WHERE endpoint_id = ${endpointId} AND expires_at IS NULL) AS created_at,
           (SELECT revealed_at IS NULL AND created_at > now() - make_interval(mins => ${SECRET_REVEAL_WINDOW_MINUTES})
              FROM ${secrets} WHERE endpoint_id = ${endpointId} AND expires_at IS NULL) AS revealable,
           (SELECT max(expires_at) FROM ${secrets} WHERE endpoint_id = ${endpointId} AND expires_at > now()) AS previous_until`)
  const row = rows[0]
  return {
    hasSecret: Boolean(row?.created_at),
    revealable: Boolean(row?.revealable),
    createdAt: row?.created_at ? new Date(row.created_at) : null,
    previousValidUntil: row?.previous_until ? new Date(row.previous_until) : null,
  }
}
