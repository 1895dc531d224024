/**
 * The coordinator check cycle across the two processes: the CMS schedules checks, applies answers and decides
 * proposals (Payload owns and migrates both tables below); the API renders the mails, issues the link tokens and
 * serves the pages behind them, where a coordinator's answer is written to these tables. Both import this module,
 * so a renamed kind, status or column fails the type check instead of production.
 */

/** Outbox kinds (`nspm_api.outbox.kind`) and what their `payload` carries: ids only, the API renders from the rows. */
export const COORDINATOR_MAIL_KINDS = {
  /** To the coordinator: their details as published and the link. Payload `{ checkId }`. */
  request: 'coordinator-check-request',
  /** To the coordinator, 7 days later without an answer: the same with a new link. Payload `{ checkId }`. */
  reminder: 'coordinator-check-reminder',
  /** To a regional editor of the region or an administrator: nobody answered. Payload `{ checkId }`. */
  escalation: 'coordinator-check-escalation',
  /** To the coordinator: an editor rejected their proposal, with the editor's note. Payload `{ proposalId }`. */
  proposalRejected: 'coordinator-proposal-rejected',
} as const

export type CheckMailPayload = { checkId: number }
export type ProposalMailPayload = { proposalId: number }

/** `coordinator_checks.status`: one row per request sent; at most one open (sent, reminded, escalated) per coordinator. */
export const CHECK_STATUSES = ['sent', 'reminded', 'escalated', 'confirmed', 'changed', 'expired'] as const
export type CheckStatus = (typeof CHECK_STATUSES)[number]
export const OPEN_CHECK_STATUSES = ['sent', 'reminded', 'escalated'] as const satisfies readonly CheckStatus[]

/** `coordinator_change_proposals.status`. */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

/** Timing of the cycle (the CMS reads overrides from its environment; these are the defaults). */
export const CHECK_DEFAULTS = {
  /** A request goes out this many months after the last verification (or at once if never verified). */
  everyMonths: 3,
  /** A link works this long after the mail that carries it was rendered. */
  linkValidDays: 14,
  /** Without an answer, a reminder this many days after the request. */
  remindAfterDays: 7,
  /** Without an answer, regional editors and administrators are told this many days after the reminder. */
  escalateAfterReminderDays: 7,
} as const

/**
 * What a coordinator may propose through the form, in the check's language. Stored as JSON in
 * `coordinator_change_proposals.proposed`, beside `current` (the same shape, the published values when the
 * proposal was made), so the dashboard diff compares like with like.
 */
export type CoordinatorDetails = {
  personName: string | null
  email: string | null
  /** E.164 (short numbers as digits), as the phones field stores them; `type` is the phones field's select value. */
  phones: { number: string; type: string; label: string | null }[]
  employer: string | null
  languages: string[]
}

/**
 * Table and column names both processes use in SQL (Payload's snake_case of the collections' field names).
 * coordinator_checks: id, coordinator_id, region_id, locale ('sv' | 'en'), status, sent_at, reminded_at,
 *   escalated_at, answered_at, applied_at (when the CMS wrote a confirmation to the coordinator), created_at, updated_at.
 * coordinator_change_proposals: id, coordinator_id, region_id, check_id, locale, status, proposed (jsonb),
 *   current (jsonb), comment, decision_note, decided_by_id, decided_at, created_at, updated_at.
 */
export const CHECK_TABLES = { checks: 'coordinator_checks', proposals: 'coordinator_change_proposals' } as const
