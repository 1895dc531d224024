import type { EntityManager } from '@mikro-orm/postgresql'
import { PUBLISHED } from '../../common/payload-columns'
import type { PageRequest } from '../../common/pagination'
import { Coordinator } from './coordinator.entity'

// Everything a coordinator view shows, loaded in one select-in statement per relation, never per row.
const POPULATE = ['locales', 'phones', 'phones.locales', 'languages', 'tasks', 'tasks.locales'] as const

export type CoordinatorFilter = { regionSlug?: string | null; status?: string | null; updatedSince?: Date | null }

export class CoordinatorService {
  constructor(private readonly em: EntityManager) {}

  ofRegions(regionIds: readonly number[]): Promise<Coordinator[]> {
    return this.em.find(Coordinator, { region: { $in: [...regionIds] }, publishStatus: PUBLISHED }, { populate: POPULATE, orderBy: { id: 'asc' } })
  }

  byIds(ids: readonly number[]): Promise<Coordinator[]> {
    return this.em.find(Coordinator, { id: { $in: [...ids] }, publishStatus: PUBLISHED }, { populate: POPULATE })
  }

  async page(filter: CoordinatorFilter, page: PageRequest): Promise<[Coordinator[], number]> {
    return this.em.findAndCount(
      Coordinator,
      {
        publishStatus: PUBLISHED,
        ...(filter.regionSlug ? { region: { slug: filter.regionSlug } } : {}),
        ...(filter.status ? { postStatus: filter.status } : {}),
        ...(filter.updatedSince ? { updatedAt: { $gte: filter.updatedSince } } : {}),
      },
      { populate: POPULATE, orderBy: { id: 'asc' }, limit: page.limit, offset: page.offset },
    )
  }
}
