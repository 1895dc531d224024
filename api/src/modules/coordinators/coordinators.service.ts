import { z } from 'zod'
import { CursorCodec } from '../../common/cursor'
import type { Locale } from '../../common/locale'
import type { PageRequest } from '../../common/pagination'
import type { Snapshot } from '../../read-model/snapshot'
import type { CoordinatorDocument } from '../../read-model/documents'
import { toCoordinatorView, type CoordinatorView } from './coordinator.types'

/** Pages of coordinators are in id order: a cursor is the last id seen. */
export type CoordinatorKey = [id: number]
export const COORDINATOR_CURSORS = new CursorCodec<CoordinatorKey>('coordinators', z.tuple([z.number().int().nonnegative()]))

export type CoordinatorFilter = { regionSlug?: string | null; status?: string | null; updatedSince?: Date | null }

/** Published coordinators, read from the request's snapshot. */
export class CoordinatorService {
  constructor(private readonly snapshot: Snapshot) {}

  view(coordinator: CoordinatorDocument, locale: Locale): CoordinatorView {
    return toCoordinatorView(coordinator, locale, this.snapshot.checkStatus.get(coordinator.id) ?? null)
  }

  /** By id. */
  ofRegion(regionId: number): readonly CoordinatorDocument[] {
    return this.snapshot.coordinatorsOfRegion.get(regionId) ?? []
  }

  byIds(ids: readonly number[]): CoordinatorDocument[] {
    return this.snapshot.all('Coordinator', ids)
  }

  /** The page after the cursor, plus one more coordinator if there is one, and the total. */
  page(filter: CoordinatorFilter, page: PageRequest<CoordinatorKey>): [CoordinatorDocument[], number] {
    const regionId = filter.regionSlug ? (this.snapshot.regionsBySlug.get(filter.regionSlug)?.id ?? -1) : null
    const { status, updatedSince } = filter
    const matching = this.snapshot.coordinators.filter(
      (coordinator) =>
        (regionId === null || coordinator.region.id === regionId) && (!status || coordinator.postStatus === status) && (!updatedSince || coordinator.updatedAt >= updatedSince),
    )
    const after = page.after?.[0] ?? 0
    const start = matching.findIndex((coordinator) => coordinator.id > after)
    return [start < 0 ? [] : matching.slice(start, start + page.limit + 1), matching.length]
  }
}
