import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import { adminField, hasRole, isAdmin, ROLES } from '../access/roles'
import { forgetAttempts, liftLocks, throttleLogin } from '../auth/login-throttle'
import { cmsEnv } from '../env'
import { inLanguage, t } from '../fields/i18n'

const holdsRegionalRole = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('regional-editor')

const regionForRegionalEditors: RelationshipFieldSingleValidation = (value, { siblingData, req }) =>
  holdsRegionalRole((siblingData as { roles?: unknown }).roles) && (value === null || value === undefined)
    ? inLanguage(t('En regional redaktör behöver en region.', 'A regional editor needs a region.'), req.i18n.language)
    : true

const ROLE_LABELS: Record<(typeof ROLES)[number], { sv: string; en: string }> = {
  admin: t('Administratör', 'Administrator'),
  editor: t('Redaktör', 'Editor'),
  'regional-editor': t('Regional redaktör', 'Regional editor'),
  'order-handler': t('Orderhanterare', 'Order handler'),
  'subscriber-manager': t('Prenumerationsansvarig', 'Subscriber manager'),
  'newsletter-editor': t('Nyhetsbrevsredaktör', 'Newsletter editor'),
}

/** Staff accounts. Roles decide what each person may see and change. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: t('Användare', 'User'), plural: t('Användare', 'Users') },
  auth: {
    // Payload's own lock is per account: anyone could lock any staff member out, and its answer told which accounts
    // exist. cms/auth/login-throttle.ts locks per account and client instead, answering as for a wrong password.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // A token names its session; logging out removes the session, so a copied token dies with it.
    useSessions: true,
    // Lax: the cookie still comes along when an editor follows a link into the admin, never on cross-site POSTs.
    cookies: { sameSite: 'Lax', secure: cmsEnv.secureCookies },
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [forgetAttempts],
    afterOperation: [liftLocks],
  },
  access: {
    // Staff may read their own account; only administrators see the others.
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: isAdmin,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: isAdmin,
    // Payload's default lets any signed-in user lift another account's lockout (POST /api/users/unlock, which lifts
    // the login throttle's locks too).
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'region'],
    group: t('Administration', 'Administration'),
    description: t('Personal med inloggning.', 'Staff with a login.'),
  },
  fields: [
    { name: 'name', type: 'text', label: t('Namn', 'Name'), admin: { description: t('För- och efternamn.', 'First and last name.') } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: t('Roller', 'Roles'),
      access: { create: adminField, update: adminField },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      admin: { description: t('Administratör har alla rättigheter.', 'Administrator has every right.') },
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      label: t('Region', 'Region'),
      // Read by the coordinators' access rules on every request: whoever could set it could widen their own rights.
      access: { create: adminField, update: adminField },
      validate: regionForRegionalEditors,
      admin: {
        condition: (data) => holdsRegionalRole(data?.roles),
        description: t(
          'Regional redaktör: regionen vars regionkoordinatorer personen får ändra. Bara administratörer kan sätta den.',
          'Regional editor: the region whose coordinators this person may change. Only administrators can set it.',
        ),
      },
    },
  ],
}
