import type { Snapshot } from '../../read-model/snapshot'
import type { PageDocument } from '../../read-model/documents'

/** The published articles, read from the request's snapshot. */
export class PageService {
  constructor(private readonly snapshot: Snapshot) {}

  /** In slug order. */
  all(): readonly PageDocument[] {
    return this.snapshot.pages
  }

  /** The one with this slug, if published. */
  bySlug(slug: string): PageDocument | undefined {
    return this.snapshot.pagesBySlug.get(slug)
  }
}
