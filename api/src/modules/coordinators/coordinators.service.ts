import type { EntityManager } from '@mikro-orm/postgresql'
import { intArray, selectRows } from '../../common/lean'
import { z } from 'zod'
import { CursorCodec } from '../../common/cursor'
import type { PageRequest } from '../../common/pagination'
import { COORDINATOR_JSON, toCoordinatorRecord, type CoordinatorJson, type CoordinatorRecord } from './coordinator.records'

/** Pages of coordinators are in id order: a cursor is the last id seen. */
export type CoordinatorKey = [id: number]
export const COORDINATOR_CURSORS = new CursorCodec<CoordinatorKey>('coordinators', z.tuple([z.number().int().nonnegative()]))

export type CoordinatorFilter = { regionSlug?: string | null; status?: string | null; updatedSince?: Date | null }

/** Published coordinators, each call one lean statement (coordinator.records.ts) whatever the number of rows. */
export class CoordinatorService {
  constructor(private readonly em: EntityManager) {}

  ofRegions(regionIds: readonly number[]): Promise<CoordinatorRecord[]> {
    return this.select('k.region_id = ANY(?::int[])', [intArray(regionIds)])
  }

  byIds(ids: readonly number[]): Promise<CoordinatorRecord[]> {
    return this.select('k.id = ANY(?::int[])', [intArray(ids)])
  }

  /** The total and the page after the cursor, plus one more coordinator if there is one, in one statement. */
  async page(filter: CoordinatorFilter, page: PageRequest<CoordinatorKey>): Promise<[CoordinatorRecord[], number]> {
    const conditions = [`k._status = 'published'`]
    const params: unknown[] = []
    const add = (condition: string, param: unknown) => {
      conditions.push(condition)
      params.push(param)
    }
    if (filter.regionSlug) add('k.region_id IN (SELECT id FROM regions WHERE slug = ?)', filter.regionSlug)
    if (filter.status) add('k.status::text = ?', filter.status)
    if (filter.updatedSince) add('k.updated_at >= ?::timestamptz', filter.updatedSince.toISOString())
    const [row] = await selectRows<{ total: number; docs: CoordinatorJson[] }>(
      this.em,
      `WITH matching AS (SELECT k.id FROM coordinators k WHERE ${conditions.join(' AND ')})
       SELECT (SELECT count(*)::int FROM matching) AS total,
              (SELECT coalesce(json_agg(p.doc ORDER BY p.id), '[]') FROM (
                 SELECT k.id, ${COORDINATOR_JSON('k')} AS doc FROM coordinators k
                 WHERE k.id IN (SELECT id FROM matching) AND k.id > ? ORDER BY k.id LIMIT ?) p) AS docs`,
      [...params, page.after?.[0] ?? 0, page.limit + 1],
    )
    return [(row?.docs ?? []).map(toCoordinatorRecord), Number(row?.total ?? 0)]
  }

  private async select(condition: string, params: unknown[]): Promise<CoordinatorRecord[]> {
    const rows = await selectRows<{ doc: CoordinatorJson }>(
      this.em,
      `SELECT ${COORDINATOR_JSON('k')} AS doc FROM coordinators k WHERE k._status = 'published' AND ${condition} ORDER BY k.id`,
      params,
    )
    return rows.map((row) => toCoordinatorRecord(row.doc))
  }
}
