import { z } from 'zod'
import type { ORGANISATION_TYPES } from '../../../../contracts/select-values/organisations'
import { CursorCodec } from '../../common/cursor'
import type { PageRequest } from '../../common/pagination'
import type { Snapshot } from '../../read-model/snapshot'
import type { NetworkDocument, OrganisationDocument } from '../../read-model/documents'

const COORDINATING_AGENCY: (typeof ORGANISATION_TYPES)[number] = 'coordinating-agency'

/** Pages of organisations are in slug order: a cursor is the last slug seen, and its id. */
export type OrganisationKey = [slug: string, id: number]
export const ORGANISATION_CURSORS = new CursorCodec<OrganisationKey>('organisations', z.tuple([z.string(), z.number().int().nonnegative()]))

export type OrganisationFilter = { type?: string | null; updatedSince?: Date | null }
export type NetworkFilter = { type?: string | null; regionSlug?: string | null }

/** Published organisations and networks, read from the request's snapshot. */
export class OrganisationService {
  constructor(private readonly snapshot: Snapshot) {}

  /** The page after the cursor, plus one more organisation if there is one, and the total. */
  page(filter: OrganisationFilter, page: PageRequest<OrganisationKey>): [OrganisationDocument[], number] {
    const { type, updatedSince } = filter
    const matching = this.snapshot.organisations.filter((organisation) => (!type || organisation.type === type) && (!updatedSince || organisation.updatedAt >= updatedSince))
    const after = page.after
    const start = after ? matching.findIndex((row) => row.slug > after[0] || (row.slug === after[0] && row.id > after[1])) : 0
    return [start < 0 ? [] : matching.slice(start, start + page.limit + 1), matching.length]
  }

  /** NSPM itself, the national coordination: the provider of the support line and the coordinator function. */
  coordinatingAgency(): OrganisationDocument | undefined {
    return this.snapshot.organisations.find((organisation) => organisation.type === COORDINATING_AGENCY)
  }

  byId(id: number): OrganisationDocument | undefined {
    return this.snapshot.get('Organisation', id)
  }

  /** The published ones of `ids`, in that order. */
  byIds(ids: readonly number[]): OrganisationDocument[] {
    return this.snapshot.all('Organisation', ids)
  }

  bySlug(slug: string): OrganisationDocument | undefined {
    return this.snapshot.organisationsBySlug.get(slug)
  }

  /** By slug. */
  networks(filter: NetworkFilter): NetworkDocument[] {
    const regionId = filter.regionSlug ? (this.snapshot.regionsBySlug.get(filter.regionSlug)?.id ?? -1) : null
    return this.snapshot.networks.filter((network) => (!filter.type || network.type === filter.type) && (regionId === null || network.region?.id === regionId))
  }

  network(id: number): NetworkDocument | undefined {
    return this.snapshot.get('Network', id)
  }

  networkBySlug(slug: string): NetworkDocument | undefined {
    return this.snapshot.networksBySlug.get(slug)
  }
}
