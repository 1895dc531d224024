import type { Endpoint } from 'payload'
import { answer, forAdministrators as administratorsOf, refuse } from '../../access/admin-endpoint'
import { recentDeliveries, resendDeliveries } from '../../db/webhook-deliveries'
import { revealFirstSecret, rotateSecret, secretState } from '../../db/webhook-secrets'
import { poolDb } from '../../db/requestDb'
import { inLanguage, t } from '../../fields/i18n'
import { secretsKeyOrRefuse } from './hooks'

const NOT_FOUND = t('Webhook-mottagaren finns inte.', 'The webhook endpoint does not exist.')

/** Administrators only (the collection's own rule), on an endpoint they can read. */
const forAdministrators = administratorsOf('webhook-endpoints', {
  forbidden: t('Bara administratörer hanterar webhooks.', 'Only administrators manage webhooks.'),
  notFound: NOT_FOUND,
})

/** POST /api/webhook-endpoints/:id/reveal-secret: the first secret, once, soon after creation (then 410). */
const revealSecret: Endpoint = {
  path: '/:id/reveal-secret',
  method: 'post',
  handler: forAdministrators(async (req, id) => {
    const secret = await revealFirstSecret(poolDb(req.payload), id, secretsKeyOrRefuse(req))
    if (!secret)
      return refuse(
        req,
        410,
        t(
          'Nyckeln har redan visats (den visas bara en gång). Byt nyckel om du behöver en ny.',
          'The secret has already been shown (it is shown only once). Rotate it if you need a new one.',
        ),
      )
    req.payload.logger.info({ msg: 'webhook secret revealed', endpointId: id, userId: req.user?.id })
    return answer(200, { secret })
  }),
}

/** POST /api/webhook-endpoints/:id/rotate-secret `{ retirePreviousNow?: boolean }`: a new secret, shown in this answer only. */
const rotate: Endpoint = {
  path: '/:id/rotate-secret',
  method: 'post',
  handler: forAdministrators(async (req, id) => {
    const body = (await req.json?.().catch(() => ({}))) as { retirePreviousNow?: unknown } | undefined
    const retirePreviousNow = body?.retirePreviousNow === true
    const secret = await rotateSecret(poolDb(req.payload), id, secretsKeyOrRefuse(req), retirePreviousNow)
    req.payload.logger.info({ msg: 'webhook secret rotated', endpointId: id, userId: req.user?.id, retirePreviousNow })
    return answer(200, { secret, state: await secretState(poolDb(req.payload), id) })
  }),
}

/** GET /api/webhook-endpoints/:id/secret-state: whether a secret exists and can still be shown; never the secret. */
const state: Endpoint = {
  path: '/:id/secret-state',
  method: 'get',
  handler: forAdministrators(async (req, id) => answer(200, { ...(await secretState(poolDb(req.payload), id)) })),
}

/** GET /api/webhook-endpoints/:id/deliveries?limit=50: the delivery log, newest first. */
const deliveries: Endpoint = {
  path: '/:id/deliveries',
  method: 'get',
  handler: forAdministrators(async (req, id) => {
    const limit = Math.min(Math.max(Number(req.searchParams.get('limit')) || 50, 1), 200)
    return answer(200, { docs: await recentDeliveries(poolDb(req.payload), id, limit) })
  }),
}

/** POST /api/webhook-endpoints/:id/deliveries/:deliveryId/resend: send one delivery again, now. */
const resendOne: Endpoint = {
  path: '/:id/deliveries/:deliveryId/resend',
  method: 'post',
  handler: forAdministrators(async (req, id) => {
    const deliveryId = req.routeParams?.deliveryId
    const queued = typeof deliveryId === 'string' && /^\d{1,18}$/.test(deliveryId) ? await resendDeliveries(poolDb(req.payload), id, { deliveryId }) : 0
    if (queued === 0) return refuse(req, 404, t('Leveransen finns inte hos den här mottagaren.', 'This endpoint has no such delivery.'))
    req.payload.logger.info({ msg: 'webhook delivery sent again', endpointId: id, deliveryId, userId: req.user?.id })
    return answer(200, { queued, message: inLanguage(t('Skickas igen nu.', 'Sending again now.'), req.i18n?.language) })
  }),
}

/** POST /api/webhook-endpoints/:id/deliveries/resend-failed: every failed delivery of the endpoint again (after an outage). */
const resendFailed: Endpoint = {
  path: '/:id/deliveries/resend-failed',
  method: 'post',
  handler: forAdministrators(async (req, id) => {
    const queued = await resendDeliveries(poolDb(req.payload), id, 'failed')
    req.payload.logger.info({ msg: 'failed webhook deliveries sent again', endpointId: id, queued, userId: req.user?.id })
    return answer(200, { queued })
  }),
}

export const webhookEndpointActions: Endpoint[] = [revealSecret, rotate, state, deliveries, resendFailed, resendOne]
