import type { Snapshot } from '../../read-model/snapshot'
import type { ManualStepDocument } from '../../read-model/documents'

/** The published steps of the support process, read from the request's snapshot. */
export class ManualStepService {
  constructor(private readonly snapshot: Snapshot) {}

  /** In order 1–6. */
  all(): readonly ManualStepDocument[] {
    return this.snapshot.manualSteps
  }

  byNumber(number: number): ManualStepDocument | undefined {
    return this.snapshot.manualSteps.find((step) => Number(step.number) === number)
  }
}
