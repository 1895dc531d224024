import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql'
import { z } from 'zod'
import { CursorCodec } from '../../common/cursor'
import { PUBLISHED } from '../../common/payload-columns'
import type { PageRequest } from '../../common/pagination'
import { Network } from './network.entity'
import { Organisation } from './organisation.entity'

/** Pages of organisations are in slug order: a cursor is the last slug seen, and its id. */
export type OrganisationKey = [slug: string, id: number]
export const ORGANISATION_CURSORS = new CursorCodec<OrganisationKey>('organisations', z.tuple([z.string(), z.number().int().nonnegative()]))

export type OrganisationFilter = { type?: string | null; updatedSince?: Date | null }
export type NetworkFilter = { type?: string | null; regionSlug?: string | null }

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  /** The page after the cursor, plus one more organisation if there is one, and the total. */
  async page(filter: OrganisationFilter, page: PageRequest<OrganisationKey>): Promise<[Organisation[], number]> {
    const where: FilterQuery<Organisation> = {
      status: PUBLISHED,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.updatedSince ? { updatedAt: { $gte: filter.updatedSince } } : {}),
    }
    const total = await this.em.count(Organisation, where)
    const after = page.after ? { $or: [{ slug: { $gt: page.after[0] } }, { slug: page.after[0], id: { $gt: page.after[1] } }] } : {}
    const rows = await this.em.find(Organisation, { $and: [where, after] }, { populate: ['locales'], orderBy: { slug: 'asc', id: 'asc' }, limit: page.limit + 1 })
    return [rows, total]
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
