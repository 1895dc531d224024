import type { EntityManager } from '@mikro-orm/postgresql'
import { z } from 'zod'
import { CONTENT_CHANGES_TABLE } from '../../../../contracts/public-types'
import { CursorCodec } from '../../common/cursor'
import { CursorExpiredError } from '../../common/errors'
import { selectRows, toDate } from '../../common/lean'
import type { Locale } from '../../common/locale'
import { pageRequest, type PageRequest } from '../../common/pagination'
import type { ChangeAction, ChangeConnection, ChangeView, PublicType } from './change.types'

/**
 * A position in the change log: the id of the last change seen (0: before the first), and the retention horizon
 * when the cursor was given (see assertWithinLog).
 */
type ChangeKey = [id: number, deletedThrough: number]
const CHANGE_CURSORS = new CursorCodec<ChangeKey>('changes', z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]))

export type ChangeQuery = { after: string | null; first: number | null; types: readonly PublicType[] | null; locale: Locale }

type ChangeRow = { id: number; type: PublicType; documentId: number; action: ChangeAction; changedAt: string }
type PageRow = { head: string; deletedThrough: string; changes: ChangeRow[] }

/**
 * One statement, so that the page, the head of the log and the retention horizon come from one snapshot: the
 * head is the last change visible in it, and since ids are taken in commit order (see the CMS migration
 * 20261206_090000_content_changes), every change committed later gets a larger id than the head. The log is read
 * only as far as the published snapshot has applied it (`through`): the documents come from the snapshot, so a
 * change appears together with the document it made, never before.
 */
const pageSql = (byType: boolean) => `
  WITH page AS (
    SELECT id, type, document_id, action, changed_at FROM ${CONTENT_CHANGES_TABLE}
    WHERE id > ? AND id <= ?${byType ? ' AND type = ANY(?::text[])' : ''}
    ORDER BY id LIMIT ?)
  SELECT least(greatest((SELECT max(id) FROM ${CONTENT_CHANGES_TABLE}), h.deleted_through), ?)::text AS "head",
         h.deleted_through::text AS "deletedThrough",
         (SELECT coalesce(json_agg(json_build_object('id', p.id, 'type', p.type, 'documentId', p.document_id, 'action', p.action, 'changedAt', p.changed_at)
                  ORDER BY p.id), '[]') FROM page p) AS "changes"
  FROM nspm_api.change_log_horizon h WHERE h.id = 1`

/** The change feed: pages of the change log in commit order, keyset on the log's id. */
export class ChangeFeedService {
  /** `through`: the last change the request's snapshot has applied. */
  constructor(
    private readonly em: EntityManager,
    private readonly through: number,
  ) {}

  async page(query: ChangeQuery): Promise<ChangeConnection> {
    const request = pageRequest(query.first, query.after, CHANGE_CURSORS, 0)
    const after = request.after?.[0] ?? 0
    // Enum values, so safe in an array literal; without a filter the plan is a plain walk of the primary key.
    const types = query.types?.length ? [`{${query.types.join(',')}}`] : []
    const [row] = await selectRows<PageRow>(this.em, pageSql(types.length > 0), [after, this.through, ...types, request.limit + 1, this.through])
    if (!row) throw new Error("nspm_api.change_log_horizon has no row: the API's migrations have not run")
    const head = Number(row.head)
    const deletedThrough = Number(row.deletedThrough)
    if (request.after) assertWithinLog(request.after, deletedThrough, head)
    return toConnection(request.limit === 0 ? [] : row.changes, request, { head, deletedThrough }, query.locale)
  }
}

/**
 * Whether changes after the cursor may have been deleted since it was given. Retention deletes superseded changes
 * and tombstones up to some id and records the highest id deleted (the horizon). Below the horizon it gave, a
 * cursor only passes changes that were each document's latest then, so what a later purge deletes there was
 * superseded by a change after that horizon, which the walk still meets, unless that one was deleted too, which
 * moves the horizon past it. So changes after the cursor were lost exactly when the horizon moved past both the
 * cursor's id and the horizon it was given with: a walk from the start is safe through the kept history, and a
 * partner that stayed away longer than the retention time is told.
 */
function assertWithinLog([after, givenWith]: ChangeKey, deletedThrough: number, head: number): void {
  if (deletedThrough > Math.max(after, givenWith)) {
    throw new CursorExpiredError(
      'This cursor is older than the change log keeps: changes after it have been deleted. Do a full sync (walk `changes` from the start, or reload after taking the head with `changes(first: 0)`) and continue from there.',
      { field: 'after' },
    )
  }
  if (after > head || givenWith > deletedThrough) {
    throw new CursorExpiredError("This cursor is ahead of the change log (restored from a backup, or another installation's): do a full sync.", { field: 'after' })
  }
}

/**
 * Edges in log order. When no more changes match, `endCursor` is the head: what was skipped to reach it (other
 * types, gaps) cannot change any more, so the next poll starts there; `first: 0` asks for just that.
 */
function toConnection(rows: ChangeRow[], request: PageRequest<ChangeKey>, log: { head: number; deletedThrough: number }, locale: Locale): ChangeConnection {
  const hasNextPage = request.limit > 0 && rows.length > request.limit
  const nodes = rows.slice(0, request.limit).map((row) => toChangeView(row, log.deletedThrough, locale))
  const edges = nodes.map((node) => ({ cursor: node.cursor, node }))
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: hasNextPage ? edges.at(-1)!.cursor : CHANGE_CURSORS.encode([log.head, log.deletedThrough]),
    },
  }
}

function toChangeView(row: ChangeRow, deletedThrough: number, locale: Locale): ChangeView {
  return {
    id: String(row.id),
    cursor: CHANGE_CURSORS.encode([row.id, deletedThrough]),
    type: row.type,
    documentId: String(row.documentId),
    action: row.action,
    changedAt: toDate(row.changedAt),
    documentKey: row.documentId,
    locale,
  }
}
