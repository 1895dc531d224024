/** A coordinator post's status (not Payload's draft state): the CMS's select and the API's `CoordinatorStatus`. */
export const COORDINATOR_STATUSES = ['active', 'vacant', 'temporarily-unavailable', 'details-pending'] as const
export type CoordinatorStatus = (typeof COORDINATOR_STATUSES)[number]
