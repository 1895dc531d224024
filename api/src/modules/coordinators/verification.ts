import { registerEnumType } from 'type-graphql'
import type { CheckStatus } from '../../../../contracts/coordinator-checks'

export enum VerificationStatus {
  CONFIRMED = 'confirmed',
  AWAITING_CONFIRMATION = 'awaiting-confirmation',
  OVERDUE = 'overdue',
  UNCONFIRMED = 'unconfirmed',
}

registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description:
    'Where the contact details stand in the check cycle: NSPM asks each coordinator by email to confirm them a set time after the last confirmation (three months unless the operator changed it). Show `lastVerifiedAt` for when.',
  valuesConfig: {
    CONFIRMED: { description: 'Confirmed by the coordinator or an editor, and not asked again since (see `lastVerifiedAt`).' },
    AWAITING_CONFIRMATION: { description: 'The coordinator has been asked and may still answer, or has sent a change that an editor has not yet published.' },
    OVERDUE: { description: 'The coordinator did not answer in time (editors have been told); the details may be out of date.' },
    UNCONFIRMED: { description: 'Never confirmed, and no check under way (e.g. a post without an email address).' },
  },
})

/**
 * The status of the coordinator's newest check sent after their last verification, null when there is none.
 * Checks from before the last verification say nothing any more. The interval lives in the CMS, which sends a
 * check when it is due; the API follows the checks, so the two cannot disagree about it. `checks`: newest first.
 */
export function latestCheckStatus(lastVerifiedAt: Date | null, checks: readonly { status: string; sentAt?: Date | null }[]): string | null {
  const latest = checks.find((check) => lastVerifiedAt === null || (check.sentAt != null && check.sentAt > lastVerifiedAt))
  return latest?.status ?? null
}

export function verificationStatus(lastVerifiedAt: Date | null, latestCheck: string | null): VerificationStatus {
  switch (latestCheck as CheckStatus | null) {
    case 'sent':
    case 'reminded':
    case 'changed':
      return VerificationStatus.AWAITING_CONFIRMATION
    case 'escalated':
    case 'expired':
      return VerificationStatus.OVERDUE
    default:
      // No check since the last verification, or one answered "correct" that the CMS is applying this second.
      return lastVerifiedAt || latestCheck === 'confirmed' ? VerificationStatus.CONFIRMED : VerificationStatus.UNCONFIRMED
  }
}
