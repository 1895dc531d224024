import { sql } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { poolDb, requestDb } from '../db/requestDb'
import { VERIFY_CONTEXT } from './verificationFields'

/**
 * "Everything is correct", as the API recorded it (status confirmed, answered_at), becomes the coordinator's
 * verification: lastVerifiedAt = the answer's time, verified via the coordinator's email, by no user. Through the
 * Local API, so that the version history shows it, and where the verify endpoint would put it: a coordinator with
 * unpublished changes gets a new draft version (public with those changes), a published one stays published.
 * The update and the check's applied_at commit together; a check another replica applied first is rolled back.
 */
export async function applyConfirmations(payload: Payload): Promise<number> {
  const { rows } = await poolDb(payload).execute<{ id: number; coordinator_id: number; answered_at: Date | string }>(sql`
    SELECT id, coordinator_id, answered_at FROM coordinator_checks
    WHERE status = 'confirmed' AND applied_at IS NULL AND answered_at IS NOT NULL ORDER BY id`)
  let applied = 0
  for (const check of rows) {
    const req = await createLocalReq({ context: { [VERIFY_CONTEXT]: true } }, payload)
    await initTransaction(req)
    try {
      const { rows: claimed } = await (
        await requestDb(req)
      ).execute<{ id: number }>(sql`
        UPDATE coordinator_checks SET applied_at = now(), updated_at = now()
        WHERE id = ${check.id} AND applied_at IS NULL RETURNING id`)
      if (claimed.length === 0) {
        await killTransaction(req)
        continue
      }
      // local-api: system (the coordinator's own answer, applied by the cycle: no signed-in caller)
      const latest = await payload.findByID({ collection: 'coordinators', id: check.coordinator_id, draft: true, depth: 0, disableErrors: true, select: { _status: true }, req })
      if (latest) {
        // local-api: system (as above)
        await payload.update({
          collection: 'coordinators',
          id: check.coordinator_id,
          data: { lastVerifiedAt: new Date(check.answered_at).toISOString(), verifiedBy: null, verifiedVia: 'coordinator-email' },
          draft: latest._status === 'draft',
          depth: 0,
          select: { _status: true },
          context: { [VERIFY_CONTEXT]: true },
          req,
        })
      }
      await commitTransaction(req)
      applied++
    } catch (error) {
      await killTransaction(req)
      payload.logger.error({ err: error, checkId: check.id }, 'A coordinator check answer could not be applied')
    }
  }
  return applied
}
