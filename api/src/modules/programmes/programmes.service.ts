import type { Snapshot } from '../../read-model/snapshot'
import type { ProgrammeDocument } from '../../read-model/documents'

/** The published support programmes, read from the request's snapshot. */
export class ProgrammeService {
  constructor(private readonly snapshot: Snapshot) {}

  /** In slug order. */
  all(): readonly ProgrammeDocument[] {
    return this.snapshot.programmes
  }

  /** The one with this slug, if published. */
  bySlug(slug: string): ProgrammeDocument | undefined {
    return this.snapshot.programmesBySlug.get(slug)
  }
}
