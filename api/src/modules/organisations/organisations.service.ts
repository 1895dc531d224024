import type { EntityManager } from '@mikro-orm/postgresql'
import { PUBLISHED } from '../../common/payload-columns'
import type { PageRequest } from '../../common/pagination'
import { Network } from './network.entity'
import { Organisation } from './organisation.entity'

export type OrganisationFilter = { type?: string | null; updatedSince?: Date | null }
export type NetworkFilter = { type?: string | null; regionSlug?: string | null }

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  page(filter: OrganisationFilter, page: PageRequest): Promise<[Organisation[], number]> {
    return this.em.findAndCount(
      Organisation,
      {
        status: PUBLISHED,
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.updatedSince ? { updatedAt: { $gte: filter.updatedSince } } : {}),
      },
      { populate: ['locales'], orderBy: { slug: 'asc' }, limit: page.limit, offset: page.offset },
    )
  }

  byIds(ids: readonly number[]): Promise<Organisation[]> {
    return this.em.find(Organisation, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: ['locales'] })
  }

  bySlug(slug: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { slug, status: PUBLISHED }, { populate: ['locales'] })
  }

  networks(filter: NetworkFilter): Promise<Network[]> {
    return this.em.find(
      Network,
      { status: PUBLISHED, ...(filter.type ? { type: filter.type } : {}), ...(filter.regionSlug ? { region: { slug: filter.regionSlug } } : {}) },
      { populate: ['locales', 'rels'], orderBy: { slug: 'asc' } },
    )
  }

  networksByIds(ids: readonly number[]): Promise<Network[]> {
    return this.em.find(Network, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: ['locales', 'rels'] })
  }

  networkBySlug(slug: string): Promise<Network | null> {
    return this.em.findOne(Network, { slug, status: PUBLISHED }, { populate: ['locales', 'rels'] })
  }
}
