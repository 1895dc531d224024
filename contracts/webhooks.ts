/**
 * The webhooks' contract between the CMS (which registers endpoints, keeps their secrets and shows the delivery
 * log) and the public API (whose worker queues and sends the deliveries): tables, channel, statuses and the
 * event names partners see. Both processes import this module; nothing here may import either side.
 */

/** Payload's table of registered endpoints (collection `webhook-endpoints`) and its hasMany select of types. */
export const ENDPOINTS_TABLE = 'webhook_endpoints'
export const ENDPOINT_TYPES_TABLE = 'webhook_endpoints_types'

/** The API's tables (schema nspm_api, created by the API's migration Migration20261206140000_webhooks). */
export const DELIVERIES_TABLE = 'nspm_api.webhook_deliveries'
export const SECRETS_TABLE = 'nspm_api.webhook_secrets'

/**
 * pending: waiting for its first or next attempt; delivered: the endpoint answered 2xx; failed: given up (24 hours
 * of failures, or 410 Gone); cancelled: the endpoint was switched off or removed before it could be delivered.
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled'

/** Failed attempts are retried for at least this long (measured from queueing or from "send again"). */
export const GIVE_UP_AFTER_HOURS = 24

/** A new endpoint's secret can be shown once, within this time after the endpoint was created. */
export const SECRET_REVEAL_WINDOW_MINUTES = 60

/** After a rotation the previous secret still signs (a second signature) for this long, so partners can switch. */
export const ROTATION_OVERLAP_HOURS = 24

/** `ManualStep` + `UPDATED` → `manual_step.updated`: Standard Webhooks' full-stop delimited, [a-z0-9_] names. */
export function eventType(type: string, action: string): string {
  const resource = type.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
  return `${resource}.${action.toLowerCase()}`
}

/**
 * Why an attempt failed, as the delivery log records it (`last_error`, possibly followed by a system code in
 * brackets); the log shows each in the editor's language. `http-status` is any answer outside 2xx, 3xx and 410
 * (the status itself is in `last_status`); `redirect`: 3xx, which is never followed; `gone`: 410, which ends the
 * delivery at once (the receiver says it wants no more).
 */
export type DeliveryErrorKind =
  | 'timeout'
  | 'connection-refused'
  | 'connection-reset'
  | 'unreachable'
  | 'dns'
  | 'address-refused'
  | 'tls'
  | 'invalid-url'
  | 'redirect'
  | 'gone'
  | 'http-status'
  | 'no-secret'
  | 'aborted'
  | 'network'
