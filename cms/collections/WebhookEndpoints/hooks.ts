import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeChangeHook } from 'payload'
import { latestChangeId, removeEndpointData } from '../../db/webhook-deliveries'
import { storeFirstSecret } from '../../db/webhook-secrets'
import { requestDb } from '../../db/requestDb'
import { cmsEnv } from '../../env'
import { t } from '../../fields/i18n'
import { say } from '../../fields/validation/validate'
import type { WebhookEndpoint } from '../../payload-types'

const NO_KEY = t(
  'Webhooks är inte konfigurerade: WEBHOOK_SECRETS_KEY saknas i CMS:ets miljö, så ingen signeringsnyckel kan sparas.',
  "Webhooks are not configured: WEBHOOK_SECRETS_KEY is missing from the CMS's environment, so no signing secret can be stored.",
)

/** The key that seals signing secrets; without it no endpoint can be created (or its secret rotated). */
export function secretsKeyOrRefuse(req: Parameters<CollectionBeforeChangeHook>[0]['req']): Buffer {
  const key = cmsEnv.webhookSecretsKey
  if (!key) throw new APIError(say(NO_KEY, req), 503, null, true)
  return key
}

/**
 * A new endpoint starts where the change log is now: it receives the changes committed after it, not the history
 * (a partner starts from a full sync, then follows events). The field is written here only.
 */
export const startAtLatestChange: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  secretsKeyOrRefuse(req)
  return { ...data, startAfterChange: await latestChangeId(await requestDb(req)) }
}

/** Its first signing secret, sealed, in the create's transaction: an endpoint never exists without one. */
export const createFirstSecret: CollectionAfterChangeHook<WebhookEndpoint> = async ({ doc, operation, req }) => {
  if (operation === 'create') await storeFirstSecret(await requestDb(req), Number(doc.id), secretsKeyOrRefuse(req))
  return doc
}

/** Its secrets and delivery log go with it, in the delete's transaction. */
export const removeSecretsAndDeliveries: CollectionAfterDeleteHook = async ({ id, req }) => {
  await removeEndpointData(await requestDb(req), Number(id))
}
