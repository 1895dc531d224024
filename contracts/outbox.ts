import type { ContentLocale } from './locales'

/**
 * The email outbox row, the contract between its two writers (the API's intake flows, the CMS's hooks and check
 * cycle) and its one reader (the API's outbox worker, which renders each kind). The table lives in the API's schema
 * and is created and migrated by the API (Migration20261130100000_intake); the CMS only inserts rows and counts them.
 * A writer fills these four columns and NOTIFYs OUTBOX_CHANNEL (channels.ts) in the same transaction; status,
 * attempts and the timestamps are the table's defaults, owned by the worker.
 */
export const OUTBOX_TABLE = 'nspm_api.outbox'

export type MailLocale = ContentLocale

/**
 * A mail to send: `kind` names the API's renderer (e.g. 'order-received', 'coordinator-check-request'); `payload`
 * carries ids only where the renderer reads the rest at send time, so an erased person's data is not kept here.
 */
export type MailToEnqueue = { kind: string; recipient: string; locale: MailLocale; payload: Record<string, unknown> }
