import type { Endpoint } from 'payload'
import { answer, refuse } from '../access/admin-endpoint'
import { hasRole } from '../access/roles'
import { t } from '../fields/i18n'
import { runCycleNow } from './schedule'

/**
 * POST /api/coordinator-checks/run: "run now" for editors and administrators (the dashboard, the tests); the
 * same pass the schedule makes, so running it between two scheduled runs sends nothing twice.
 */
export const runChecksEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor'))
      return refuse(req, req.user ? 403 : 401, t('Bara redaktörer och administratörer kan köra kontrollerna.', 'Only editors and administrators can run the checks.'))
    return answer(200, await runCycleNow(req.payload))
  },
}
