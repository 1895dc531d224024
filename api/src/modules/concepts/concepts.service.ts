import type { Snapshot } from '../../read-model/snapshot'
import type { ConceptDocument } from '../../read-model/documents'

/** The published glossary, read from the request's snapshot. */
export class ConceptService {
  constructor(private readonly snapshot: Snapshot) {}

  /** In slug order. */
  all(): readonly ConceptDocument[] {
    return this.snapshot.concepts
  }

  /** The one with this slug, if published. */
  bySlug(slug: string): ConceptDocument | undefined {
    return this.snapshot.conceptsBySlug.get(slug)
  }

  /** The published ones of `ids`, in that order. */
  byIds(ids: readonly number[]): ConceptDocument[] {
    return this.snapshot.all('Concept', ids)
  }
}
