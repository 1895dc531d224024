import type { Endpoint, PayloadRequest } from 'payload'
import { answer, forAdministrators, refuse } from '../../access/admin-endpoint'
import { issueKey, keyState, keyUsage, revokeKey } from '../../db/api-keys'
import { poolDb } from '../../db/requestDb'
import { inLanguage, t } from '../../fields/i18n'

const forAdmins = forAdministrators('api-keys', {
  forbidden: t('Bara administratörer hanterar API-nycklar.', 'Only administrators manage API keys.'),
  notFound: t('API-nyckeln finns inte.', 'The API key does not exist.'),
})

/** The signed-in administrator (forAdministrators has checked that there is one). */
const userId = (req: PayloadRequest): number => Number(req.user?.id)

/** POST /api/api-keys/:id/issue-key: makes the key and returns it in this answer only (then 409). */
const issue: Endpoint = {
  path: '/:id/issue-key',
  method: 'post',
  handler: forAdmins(async (req, id) => {
    const issued = await issueKey(poolDb(req.payload), id, userId(req))
    if (!issued) {
      return refuse(
        req,
        409,
        t(
          'Nyckeln är redan skapad eller återkallad och kan inte visas igen. Skapa en ny API-nyckel om partnern behöver en.',
          'The key was already made or was revoked, and cannot be shown again. Create a new API key if the partner needs one.',
        ),
      )
    }
    req.payload.logger.info({ msg: 'API key issued', keyId: id, key: issued.publicName, userId: req.user?.id })
    return answer(200, { secret: issued.key, state: await keyState(poolDb(req.payload), id) })
  }),
}

/** GET /api/api-keys/:id/key-state: whether the key was made, or can be; its public name. Never the key. */
const state: Endpoint = {
  path: '/:id/key-state',
  method: 'get',
  handler: forAdmins(async (req, id) => answer(200, { ...(await keyState(poolDb(req.payload), id)) })),
}

/** POST /api/api-keys/:id/revoke: refused from the moment it commits, on every API replica; cannot be undone. */
const revoke: Endpoint = {
  path: '/:id/revoke',
  method: 'post',
  handler: forAdmins(async (req, id) => {
    if (!(await revokeKey(poolDb(req.payload), id, userId(req)))) return refuse(req, 409, t('Nyckeln är redan återkallad.', 'The key is already revoked.'))
    req.payload.logger.info({ msg: 'API key revoked', keyId: id, userId: req.user?.id })
    return answer(200, {
      message: inLanguage(t('Nyckeln är återkallad. API:t nekar den från och med nu.', 'The key is revoked. The API refuses it from now on.'), req.i18n?.language),
    })
  }),
}

/** GET /api/api-keys/:id/usage: requests per day (UTC) over the last 30 days, and when the key was last used. */
const usage: Endpoint = {
  path: '/:id/usage',
  method: 'get',
  handler: forAdmins(async (req, id) => answer(200, { ...(await keyUsage(poolDb(req.payload), id)) })),
}

export const apiKeyActions: Endpoint[] = [issue, state, revoke, usage]
