/**
 * Every PostgreSQL NOTIFY channel between the CMS and the API, in one place: a channel renamed on one side only
 * would fail silently (LISTEN on a channel nobody notifies is not an error), so both sides import these.
 * Notifications are sent inside the writing transaction, so they are delivered at its commit and never for a
 * rollback.
 */

/**
 * The CMS's publish hooks notify it (payload: the collection or global slug); every API replica drops its cached
 * responses. The API's newsletter sender notifies it too when a send becomes `sent` (payload
 * ARCHIVE_CHANGED_PAYLOAD, contracts/newsletter-issues.ts): the public archive of issues changed.
 */
export const CONTENT_CHANGED_CHANNEL = 'nspm_content_changed'

/** The change log's triggers notify it (payload ''), also for changes made by SQL alone (migrations, the seed). */
export const CONTENT_CHANGES_CHANNEL = 'nspm_content_changes'

/** Whoever queues a mail (the CMS or the API) notifies it (payload ''); the API's outbox workers wake. */
export const OUTBOX_CHANNEL = 'nspm_outbox'

/** Notified when webhook deliveries are queued or sent again (payload ''), so that every API replica's sender wakes. */
export const WEBHOOKS_CHANNEL = 'nspm_webhooks'

/**
 * The CMS notifies it in the transaction that changes a partner key (issue, quota, revocation, deletion; payload: the
 * key's id): every API replica drops the keys it remembers, so a revocation takes effect at commit, on every replica.
 */
export const API_KEYS_CHANNEL = 'nspm_api_keys'

/** The API notifies it after writing a coordinator's answer (payload: the check's id); the CMS applies it at once. */
export const CHECK_ANSWERED_CHANNEL = 'nspm_coordinator_check_answered'

/**
 * Notified when a newsletter send is scheduled, paused, resumed or cancelled (by the CMS) and when deliveries are
 * frozen (by the API; payload: the send's id), so that every API replica's newsletter sender wakes.
 */
export const NEWSLETTER_CHANNEL = 'nspm_newsletter'
