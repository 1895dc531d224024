import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { StartupError } from '../runtime/errors'

type Options = { admin: { email: string; password: string } | undefined; isProduction: boolean; log: (line: string) => void }

const DEVELOPMENT_ADMIN_EMAIL = 'admin@nspm.localhost'

/**
 * The first administrator, created only while no user exists: from ADMIN_EMAIL/ADMIN_PASSWORD when given; in
 * development without them, a generated password printed once. Never a fixed default: Payload would otherwise offer
 * "create first user" to anyone. Once a user exists the variables are ignored, so a password left in a deployment's
 * environment can never bring back an account that administrators deleted.
 */
export async function ensureAdminUser(payload: Payload, { admin, isProduction, log }: Options): Promise<void> {
  const users = await payload.count({ collection: 'users' })
  if (users.totalDocs > 0) {
    if (admin) log('Users exist: ADMIN_EMAIL/ADMIN_PASSWORD are not needed any more and can be removed.')
    return
  }
  if (admin) {
    await payload.create({ collection: 'users', data: { email: admin.email, password: admin.password, name: 'Administratör', roles: ['admin'] } })
    log(`Created administrator ${admin.email} from ADMIN_EMAIL/ADMIN_PASSWORD.`)
    return
  }
  if (isProduction) {
    throw new StartupError('No administrator exists and ADMIN_EMAIL/ADMIN_PASSWORD are not set.', 'Set both to create the first administrator.')
  }
  const password = randomBytes(15).toString('base64url')
  await payload.create({ collection: 'users', data: { email: DEVELOPMENT_ADMIN_EMAIL, password, name: 'Administratör', roles: ['admin'] } })
  log('')
  log('  First administrator created (shown only this once; change it under Users):')
  log(`    email:    ${DEVELOPMENT_ADMIN_EMAIL}`)
  log(`    password: ${password}`)
  log('')
}
