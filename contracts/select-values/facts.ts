/**
 * Select values of the brochure's structured facts, shared by the CMS fields and the API's enums so that the two
 * processes cannot drift apart (the API maps each value to an enum member of the same meaning).
 */

/** When an emergency or on-call number applies: urgent numbers always, alternatives only outside opening hours. */
export const EMERGENCY_APPLIES = ['always', 'line-closed'] as const
export type EmergencyApplies = (typeof EMERGENCY_APPLIES)[number]

/** How an organisation funds a programme: the whole of it, or a contribution beside other funders. */
export const FUNDING_SHARES = ['full', 'contribution'] as const
export type FundingShare = (typeof FUNDING_SHARES)[number]

/** What the Migration Agency can grant someone who may be a victim of trafficking or exploitation. */
export const RESIDENCE_PERMITS = ['reflection-period', 'temporary-residence-permit'] as const
export type ResidencePermit = (typeof RESIDENCE_PERMITS)[number]

/** Who may apply for it. */
export const PERMIT_APPLICANTS = ['social-welfare-board', 'head-of-preliminary-investigation'] as const
export type PermitApplicant = (typeof PERMIT_APPLICANTS)[number]

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}
