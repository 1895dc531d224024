import type { EntityManager } from '@mikro-orm/postgresql'
import { CONTENT_CHANGES_TABLE } from '../../../../contracts/public-types'
import { selectRows } from '../../common/lean'
import { CONTENT_CHANGED_CHANNEL } from '../../../../contracts/channels'

/**
 * Deletes what the change log no longer needs after `days`: changes superseded by a later change of the same
 * document, and tombstones. Each document's latest change is kept however old, so the log read from the start
 * still describes every public document (a full sync can be a walk from the start); only a cursor older than the
 * deleted entries loses something, and the horizon recorded in the same statement makes it CURSOR_EXPIRED (see
 * assertWithinLog in changes.service.ts, which relies on what is deleted here being everything of these kinds up
 * to one id: "older than `days`" is decided by id, up to the newest change that old).
 * Cached pages that showed deleted changes are dropped, so an old cursor meets CURSOR_EXPIRED at once.
 * Returns how many changes were deleted.
 */
export async function purgeChanges(em: EntityManager, days: number): Promise<number> {
  const [row] = await selectRows<{ deleted: number }>(
    em,
    `WITH aged AS (SELECT max(id) AS through FROM ${CONTENT_CHANGES_TABLE} WHERE changed_at < now() - make_interval(days => ?)),
     gone AS (
       DELETE FROM ${CONTENT_CHANGES_TABLE} c USING aged
       WHERE c.id <= aged.through
         AND (c.action IN ('UNPUBLISHED', 'DELETED')
              OR EXISTS (SELECT 1 FROM ${CONTENT_CHANGES_TABLE} later WHERE later.type = c.type AND later.document_id = c.document_id AND later.id > c.id))
       RETURNING c.id),
     horizon AS (
       UPDATE nspm_api.change_log_horizon SET deleted_through = greatest(deleted_through, (SELECT max(id) FROM gone)), updated_at = now()
       WHERE id = 1 AND EXISTS (SELECT 1 FROM gone))
     SELECT count(*)::int AS deleted FROM gone`,
    [days],
  )
  const deleted = row?.deleted ?? 0
  if (deleted > 0) await em.execute('SELECT pg_notify(?, ?)', [CONTENT_CHANGED_CHANNEL, 'change-retention'])
  return deleted
}
