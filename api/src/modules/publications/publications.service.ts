import { z } from 'zod'
import { isPublicationLanguage, PUBLICATION_LANGUAGES } from '../../../../contracts/select-values/publications'
import { CursorCodec } from '../../common/cursor'
import { BadInputError } from '../../common/errors'
import type { PageRequest } from '../../common/pagination'
import { byPublishedOn, type Snapshot } from '../../read-model/snapshot'
import type { PublicationDocument } from '../../read-model/documents'

/** Pages of publications are newest first (undated last): a cursor is the last `publishedOn` seen (ISO, or null), and its id. */
export type PublicationKey = [publishedOn: string | null, id: number]
export const PUBLICATION_CURSORS = new CursorCodec<PublicationKey>('publications', z.tuple([z.iso.datetime().nullable(), z.number().int().nonnegative()]))

export type PublicationFilter = { type?: string | null; audience?: string | null; language?: string | null; orderable?: boolean | null; updatedSince?: Date | null }

/** Published publications, read from the request's snapshot (kept in page order there). */
export class PublicationService {
  constructor(private readonly snapshot: Snapshot) {}

  /** The page after the cursor, plus one more publication if there is one, and the total. */
  page(filter: PublicationFilter, page: PageRequest<PublicationKey>): [PublicationDocument[], number] {
    const { type, audience, language, orderable, updatedSince } = filter
    if (language && !isPublicationLanguage(language)) {
      throw new BadInputError(`"language" must be one of ${PUBLICATION_LANGUAGES.join(', ')}.`, { field: 'language' })
    }
    const matching = this.snapshot.publications.filter(
      (publication) =>
        (!type || publication.type === type) &&
        (!audience || publication.audiences.getItems().some((row) => row.value === audience)) &&
        (!language || publication.languages.getItems().some((row) => row.value === language)) &&
        // An omitted argument arrives as undefined, not null.
        (typeof orderable !== 'boolean' || publication.orderable === orderable) &&
        (!updatedSince || publication.updatedAt >= updatedSince),
    )
    const after = page.after
    const cursor = after ? { id: after[1], publishedOn: after[0] === null ? null : new Date(after[0]) } : null
    const start = cursor ? matching.findIndex((publication) => byPublishedOn(publication, cursor) > 0) : 0
    return [start < 0 ? [] : matching.slice(start, start + page.limit + 1), matching.length]
  }

  byId(id: number): PublicationDocument | undefined {
    return this.snapshot.get('Publication', id)
  }
}
