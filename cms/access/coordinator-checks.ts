import type { Access, Where } from 'payload'
import { regionalOnly } from './coordinators'
import { hasRole } from './roles'

/**
 * The coordinator check cycle's rows (checks and change proposals): editors read every region's, a regional
 * editor their own region's, nobody else any. Only the cycle, the decision endpoints and the public API write them.
 */
export const readCoordinatorChecks: Access = ({ req }) => {
  if (hasRole(req.user, 'editor')) return true
  const region = regionalOnly(req.user)
  if (!region) return false
  const where: Where = { region: { equals: region } }
  return where
}
