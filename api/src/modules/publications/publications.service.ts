import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql'
import { z } from 'zod'
import { isPublicationLanguage, PUBLICATION_LANGUAGES } from '../../../../cms/fields/publication-languages'
import { CursorCodec } from '../../common/cursor'
import { BadInputError } from '../../common/errors'
import { PUBLISHED } from '../../common/payload-columns'
import type { PageRequest } from '../../common/pagination'
import { Publication } from './publication.entity'

/** Pages of publications are newest first (undated last): a cursor is the last `publishedOn` seen (ISO, or null), and its id. */
export type PublicationKey = [publishedOn: string | null, id: number]
export const PUBLICATION_CURSORS = new CursorCodec<PublicationKey>('publications', z.tuple([z.iso.datetime().nullable(), z.number().int().nonnegative()]))

export type PublicationFilter = { type?: string | null; audience?: string | null; language?: string | null; orderable?: boolean | null; updatedSince?: Date | null }

const POPULATE = ['locales', 'audiences', 'languages', 'file'] as const

export class PublicationService {
  constructor(private readonly em: EntityManager) {}

  /** The page after the cursor, plus one more publication if there is one, and the total. */
  async page(filter: PublicationFilter, page: PageRequest<PublicationKey>): Promise<[Publication[], number]> {
    if (filter.language && !isPublicationLanguage(filter.language)) {
      throw new BadInputError(`"language" must be one of ${PUBLICATION_LANGUAGES.join(', ')}.`, { field: 'language' })
    }
    const where: FilterQuery<Publication> = {
      status: PUBLISHED,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.audience ? { audiences: { value: filter.audience } } : {}),
      ...(filter.language ? { languages: { value: filter.language } } : {}),
      // An omitted argument arrives as undefined, not null.
      ...(typeof filter.orderable === 'boolean' ? { orderable: filter.orderable } : {}),
      ...(filter.updatedSince ? { updatedAt: { $gte: filter.updatedSince } } : {}),
    }
    const total = await this.em.count(Publication, where)
    const rows = await this.em.find(Publication, { $and: [where, page.after ? following(page.after) : {}] }, {
      populate: POPULATE,
      orderBy: { publishedOn: 'desc nulls last', id: 'asc' },
      limit: page.limit + 1,
    })
    return [rows, total]
  }

  byIds(ids: readonly number[]): Promise<Publication[]> {
    return this.em.find(Publication, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: POPULATE })
  }
}

/** What follows (publishedOn, id) in the order `publishedOn DESC NULLS LAST, id ASC`. */
function following([publishedOn, id]: PublicationKey): FilterQuery<Publication> {
  if (publishedOn === null) return { publishedOn: null, id: { $gt: id } }
  const date = new Date(publishedOn)
  return { $or: [{ publishedOn: { $lt: date } }, { publishedOn: date, id: { $gt: id } }, { publishedOn: null }] }
}
