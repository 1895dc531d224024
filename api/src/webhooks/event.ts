import { createHmac } from 'node:crypto'
import { eventType } from '../../../contracts/webhooks'
import { signingKey } from '../../../cms/webhooks/secret'

/** What a delivery row holds about its change: enough to build the event, nothing personal. */
export type DeliveryEvent = {
  deliveryId: number
  documentType: string
  documentId: number
  action: string
  changeId: string
  changedAt: Date
}

/**
 * The body partners receive (Standard Webhooks' `type`, `timestamp`, `data`): a thin event that names the change
 * and never carries content or personal data; the partner reads the current object from the public API (or the
 * change feed from `changeId` on). `timestamp` is when the change was committed, not when this attempt was made.
 */
export function eventBody(event: DeliveryEvent): string {
  return JSON.stringify({
    type: eventType(event.documentType, event.action),
    timestamp: event.changedAt.toISOString(),
    data: { type: event.documentType, id: String(event.documentId), action: event.action, changeId: event.changeId },
  })
}

/** `msg_<delivery id>`: the same for every attempt of one delivery, so partners can drop repeats. */
const webhookId = (deliveryId: number): string => `msg_${deliveryId}`

/**
 * The three Standard Webhooks headers. `webhook-signature` is `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`
 * keyed with the secret's decoded bytes, once per valid secret (the current one first; a rotated-out one keeps
 * signing during its overlap), space-separated.
 */
export function signedHeaders(deliveryId: number, body: string, secrets: readonly string[], now: Date = new Date()): Record<string, string> {
  const id = webhookId(deliveryId)
  const timestamp = String(Math.floor(now.getTime() / 1000))
  const signatures = secrets.map((secret) => `v1,${createHmac('sha256', signingKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`)
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signatures.join(' ') }
}
